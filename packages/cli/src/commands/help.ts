/** The help text of each command, shown by `lsh-cyber <command> --help`. */
export const COMMAND_HELP: Readonly<Record<string, { summary: string; usage: string }>> = {
  validate: {
    summary: 'check documents and list every problem',
    usage: `Usage: lsh-cyber validate <file...> [--catalog <file>] [--json]

Recognises each file's document kind (catalog, assessment, score report, chain, clause library,
organisation profile) and lists every problem as "file: path: message". An assessment is also
checked against its catalog: the built-in catalog with the id it names, or --catalog <file>.

Options:
  --catalog <file>   check assessments against this catalog instead of the built-in one
  --json             print the results as JSON (see the README for the shape)

Exit status: 0 when every file is valid, 1 otherwise.`,
  },
  score: {
    summary: 'score an assessment: domains, level, gaps, top measures',
    usage: `Usage: lsh-cyber score <assessment.json> [--catalog <file>] [--lang nl|en] [--json]

Scores an assessment against its catalog and prints a report: overall score, maturity level and
why, a bar per domain, the perception gap, the critical gaps, and the first measures to take.

Options:
  --catalog <file>   the catalog the assessment answers (default: the built-in catalog it names)
  --lang nl|en       report language (default: LSH_CYBER_LANG, else nl for a Dutch locale, else en)
  --json             print the engine's ScoreReport as JSON instead`,
  },
  roadmap: {
    summary: 'plan measures year by year within a budget',
    usage: `Usage: lsh-cyber roadmap <assessment.json> --budget <euros per year> --years <n>
                        [--catalog <file>] [--lang nl|en] [--json | --csv [--csv-dialect excel-nl|rfc4180]]

Plans the measures that close the assessment's gaps, most risk reduction per euro first,
respecting prerequisites and each year's budget, with the projected score per year.

Options:
  --budget <euros>   budget per year in euros (required)
  --years <n>        number of years to plan, 1 to 20 (required)
  --catalog <file>   the catalog the assessment answers (default: the built-in catalog it names)
  --lang nl|en       report language
  --json             print the engine's roadmap as JSON
  --csv              print one row per planned measure as CSV, for a spreadsheet
  --csv-dialect <d>  excel-nl (";", decimal comma, BOM: what Dutch Excel opens in columns; the
                     default for --lang nl) or rfc4180 ("," and a decimal point; the default for en)`,
  },
  chain: {
    summary: 'effective scores, weakest links and single points of failure of a chain',
    usage: `Usage: lsh-cyber chain <chain.json | chain.gexf | chain.graphml | organisations.csv dependencies.csv> [--format json|gexf|graphml] [--top <n>] [--json] [--lang nl|en]

Propagates resilience through a value chain (a chain is as strong as its weakest link) and prints
the organisations with the lowest effective score and why, who holds the chain back, and the
single points of failure. Progress goes to stderr on a terminal or for large inputs.

A file named - is read from standard input (give --format for GEXF or GraphML there).

Options:
  --format <f>       json, gexf or graphml (default: by the file's extension, else json)
  --top <n>          how many organisations each list shows (default 10)
  --json             print the analysis as JSON (see the README for the shape)
  --lang nl|en       report language
  --quiet            no progress on stderr`,
  },
  clauses: {
    summary: 'write a supplier-security clause pack for one supplier in a chain',
    usage: `Usage: lsh-cyber clauses --chain <file> --supplier <id> [--buyer <id>]
                        --format md|html|docx -o <file> [--lang nl|en] [--force]

Selects the clauses that fit the dependency of the buyer on the supplier (kind, criticality, data
shared) and the supplier's score report where its assessment is found, and writes the pack.

Options:
  --chain <file>          chain model (JSON) holding both organisations
  --supplier <id>         the supplier's id in the chain
  --buyer <id>            the buyer's id (default: the organisation that depends most
                          critically on the supplier; ties go to the first in the file)
  --format md|html|docx   output format
  -o, --output <file>     the file to write; - writes the pack to standard output
  --assessments <dir>     where to look for the supplier's assessment (see the README)
  --lang nl|en            contract language
  --force                 overwrite an existing output file
  --json                  also print the clause pack (selectClauses' output) as JSON`,
  },
};
