// Input from a file, from stdin (`-` or no input file), output to stdout or to -o.
// RUN: dialectic-opt --allow-unregistered-dialect %s -o %t.out
// RUN: FileCheck %s < %t.out
// RUN: dialectic-opt --allow-unregistered-dialect -o=%t.eq %s && FileCheck %s < %t.eq
// RUN: dialectic-opt --allow-unregistered-dialect - < %s | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect < %s | FileCheck %s
// RUN: cat %s | dialectic-opt -allow-unregistered-dialect -mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: cat %s | dialectic-opt --allow-unregistered-dialect --mlir-print-debuginfo - | FileCheck %s --check-prefix=STDIN-LOC

// CHECK:      module {
// CHECK-NEXT:   "foo.op"() {attr = 3 : i64} : () -> ()
// CHECK-NEXT: }

// GENERIC:      "builtin.module"() ({
// GENERIC-NEXT:   "foo.op"() {attr = 3 : i64} : () -> ()
// GENERIC-NEXT: }) : () -> ()

// STDIN-LOC: "foo.op"() {attr = 3 : i64} : () -> () loc(#[[LOC:loc[0-9]*]])
// STDIN-LOC: #[[LOC]] = loc("<stdin>":[[# @LINE + 2]]:{{[0-9]+}})

"foo.op"() {attr = 3} : () -> ()
