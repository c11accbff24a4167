// Command-line errors exit with 1 and a message in llvm::cl's words.
// RUN: not dialectic-opt --no-such-flag %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not dialectic-opt %s %s 2>&1 | FileCheck %s --check-prefix=POSITIONAL
// RUN: not dialectic-opt %s -o 2>&1 | FileCheck %s --check-prefix=NOVALUE
// RUN: not dialectic-opt --mlir-elide-elementsattrs-if-larger=many %s 2>&1 | FileCheck %s --check-prefix=BADVALUE
// RUN: not dialectic-opt %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE

// UNKNOWN: Unknown command line argument '--no-such-flag'.  Try: 'dialectic-opt --help'
// POSITIONAL: Too many positional arguments specified!
// NOVALUE: for the -o option: requires a value!
// BADVALUE: for the --mlir-elide-elementsattrs-if-larger option: 'many' value invalid for uint argument!
// NOFILE: does-not-exist.mlir

"foo.op"() : () -> ()
