// A migration: a version number, a name and the statements that bring the schema from version-1 to version.
// Migrations are per dialect (./sqlite.ts, ./postgres.ts) and append-only: never edit one that has shipped.
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}
