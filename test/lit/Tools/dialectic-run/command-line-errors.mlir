// Command-line errors exit with 1 and a message in llvm::cl's words, as mlir-runner-22's, before anything is
// compiled; every error is reported, too many positional arguments last.
// RUN: not dialectic-run --bogus %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not dialectic-run %s %s 2>&1 | FileCheck %s --check-prefix=POSITIONAL
// RUN: not dialectic-run %s -e 2>&1 | FileCheck %s --check-prefix=NOVALUE
// RUN: not dialectic-run %s -entry-point-result 2>&1 | FileCheck %s --check-prefix=NOVALUE-LONG
// RUN: not dialectic-run -O3=maybe %s 2>&1 | FileCheck %s --check-prefix=BADBOOL
// RUN: not dialectic-run --help=1 2>&1 | FileCheck %s --check-prefix=HELPVALUE

// UNKNOWN: {{^}}dialectic-run: Unknown command line argument '--bogus'.  Try: 'dialectic-run --help'{{$}}
// POSITIONAL: {{^}}dialectic-run: Too many positional arguments specified!{{$}}
// POSITIONAL-NEXT: {{^}}Can specify at most 1 positional arguments: See: dialectic-run --help{{$}}
// NOVALUE: {{^}}dialectic-run: for the -e option: requires a value!{{$}}
// NOVALUE-LONG: {{^}}dialectic-run: for the --entry-point-result option: requires a value!{{$}}
// BADBOOL: {{^}}dialectic-run: for the --O3 option: 'maybe' is invalid value for boolean argument! Try 0 or 1{{$}}
// HELPVALUE: {{^}}dialectic-run: for the --help option: does not allow a value! '1' specified.{{$}}

llvm.func @main() -> i64
