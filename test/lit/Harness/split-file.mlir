// split-file writes each part; with --leading-lines line numbers match this file's.
// RUN: rm -rf %t && mkdir -p %t
// RUN: split-file --leading-lines %s %t
// RUN: cat %t/first.mlir | FileCheck %s --check-prefix=FIRST
// RUN: not FileCheck %t/second.mlir --input-file %t/first.mlir 2>&1 | FileCheck %s --check-prefix=DIAG
// RUN: split-file %s %t/plain && cat %t/plain/second.mlir | FileCheck %s --check-prefix=PLAIN --match-full-lines

// FIRST: first body
// FIRST-NOT: second body
// DIAG: second.mlir:[[# @LINE + 6]]:{{[0-9]+}}: error: CHECK: expected string not found in input
// PLAIN: // CHECK: no such text

//--- first.mlir
first body
//--- second.mlir
// CHECK: no such text
