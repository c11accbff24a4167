// Command-line errors exit with 1 and a message in llvm::cl's words, as mlir-translate-22's (which also says that
// a translation must be given: --mlir-to-llvmir is our default).
// RUN: not dialectic-translate --bogus %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not dialectic-translate %s %s 2>&1 | FileCheck %s --check-prefix=POSITIONAL
// RUN: not dialectic-translate %s -o 2>&1 | FileCheck %s --check-prefix=NOVALUE
// RUN: not dialectic-translate --mlir-to-llvmir=0 %s 2>&1 | FileCheck %s --check-prefix=VALUED
// RUN: dialectic-translate --mlir-to-llvmir -o - -- %s | FileCheck %s

// UNKNOWN: {{^}}dialectic-translate: Unknown command line argument '--bogus'.  Try: 'dialectic-translate --help'{{$}}
// POSITIONAL: {{^}}dialectic-translate: Too many positional arguments specified!{{$}}
// POSITIONAL-NEXT: {{^}}Can specify at most 1 positional arguments: See: dialectic-translate --help{{$}}
// NOVALUE: {{^}}dialectic-translate: for the -o option: requires a value!{{$}}
// VALUED: {{^}}Translations to perform option: does not allow a value! '0' specified.{{$}}

// CHECK: declare void @f()
llvm.func @f()
