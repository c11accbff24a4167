// Command-line errors exit with 1 and a message in llvm::cl's words; as mlir-opt, every error is reported, and too
// many positional arguments last.
// RUN: not dialectic-opt --no-such-flag %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not dialectic-opt %s %s 2>&1 | FileCheck %s --check-prefix=POSITIONAL
// RUN: not dialectic-opt %s -o 2>&1 | FileCheck %s --check-prefix=NOVALUE
// RUN: not dialectic-opt %s --pass-pipeline 2>&1 | FileCheck %s --check-prefix=NOVALUE-LONG
// RUN: not dialectic-opt --mlir-elide-elementsattrs-if-larger=many %s 2>&1 | FileCheck %s --check-prefix=BADVALUE
// RUN: not dialectic-opt --mlir-elide-elementsattrs-if-larger=-1 %s 2>&1 | FileCheck %s --check-prefix=NEGATIVE
// RUN: not dialectic-opt --verify-each=maybe %s 2>&1 | FileCheck %s --check-prefix=BADBOOL
// RUN: not dialectic-opt --mlir-timing-display=flat %s 2>&1 | FileCheck %s --check-prefix=BADENUM
// RUN: not dialectic-opt %s --help=0 2>&1 | FileCheck %s --check-prefix=HELPVALUE
// RUN: not dialectic-opt %s %s --bogus --verify-each=x -o 2>&1 | FileCheck %s --check-prefix=ALL
// RUN: not dialectic-opt %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE

// UNKNOWN: dialectic-opt: Unknown command line argument '--no-such-flag'.  Try: 'dialectic-opt --help'
// POSITIONAL: {{^}}dialectic-opt: Too many positional arguments specified!{{$}}
// POSITIONAL-NEXT: {{^}}Can specify at most 1 positional arguments: See: dialectic-opt --help{{$}}
// NOVALUE: dialectic-opt: for the -o option: requires a value!
// NOVALUE-LONG: dialectic-opt: for the --pass-pipeline option: requires a value!
// BADVALUE: dialectic-opt: for the --mlir-elide-elementsattrs-if-larger option: 'many' value invalid for uint argument!
// NEGATIVE: dialectic-opt: for the --mlir-elide-elementsattrs-if-larger option: '-1' value invalid for uint argument!
// BADBOOL: dialectic-opt: for the --verify-each option: 'maybe' is invalid value for boolean argument! Try 0 or 1
// BADENUM: dialectic-opt: for the --mlir-timing-display option: Cannot find option named 'flat'!
// HELPVALUE: dialectic-opt: for the --help option: does not allow a value! '0' specified.
// ALL: {{^}}dialectic-opt: Unknown command line argument '--bogus'.  Try: 'dialectic-opt --help'{{$}}
// ALL-NEXT: {{^}}dialectic-opt: for the --verify-each option: 'x' is invalid value for boolean argument! Try 0 or 1{{$}}
// ALL-NEXT: {{^}}dialectic-opt: for the -o option: requires a value!{{$}}
// ALL-NEXT: {{^}}dialectic-opt: Too many positional arguments specified!{{$}}
// ALL-NEXT: {{^}}Can specify at most 1 positional arguments: See: dialectic-opt --help{{$}}
// NOFILE: does-not-exist.mlir

"foo.op"() : () -> ()
