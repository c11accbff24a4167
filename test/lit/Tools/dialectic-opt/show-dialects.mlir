// RUN: dialectic-opt --show-dialects | FileCheck %s
// RUN: dialectic-opt --help | FileCheck %s --check-prefix=HELP

// CHECK: Available Dialects: arith,builtin,cf,func,index,llvm,math,memref,scf{{$}}

// HELP: USAGE: dialectic-opt [options] <input file>
// HELP: --split-input-file
// HELP: --verify-diagnostics
