// Articles written for these tests (not taken from ../shared): one ordinary, one full of HTML and a script.
export const CHILE_NORWAY = `= Chile–Norway relations =

Chile and Norway established diplomatic relations in 1851. Both nations are members of the United Nations and the World Trade Organization.

==History==
In March 2019, Norwegian Prime Minister Erna Solberg paid an official visit to Chile. In 2023, two-way trade between both nations amounted to US$1.2 billion.

==Diplomatic missions==
- Chile has an embassy in Oslo.
- Norway has an embassy in Santiago.
`;

/** Text that a careless UI would run or render as markup. */
export const HOSTILE = `= Chile–Norway relations =

Chile and Norway established diplomatic relations in 1851. <script>window.__pwned = true; document.title = "pwned";</script>
<img src=x onerror="window.__pwned = true"> <b>bold?</b> <a href="javascript:alert(1)">link</a>

==Diplomatic missions==
- Chile has an embassy in Oslo. <script>window.__pwned = true</script>
`;
