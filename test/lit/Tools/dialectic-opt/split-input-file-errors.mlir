// A chunk with an error does not stop the others: they are still printed, the error is reported at its line
// in this file, and the exit code is 1. Names, aliases and values do not leak between chunks.
// RUN: not dialectic-opt --allow-unregistered-dialect --split-input-file %s 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR < %t.err

// CHECK:      module {
// CHECK-NEXT:   "foo.ok"() {a = 1 : i32} : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // -----
// CHECK-NEXT: // -----
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
// CHECK-NEXT:   "foo.also_ok"() : () -> ()
// CHECK-NEXT: }

// ERR:      split-input-file-errors.mlir:[[# @LINE + 10]]:{{[0-9]+}}: error: expected non-function type
// ERR-NEXT: "foo.bad"() : () -> )
// ERR:      split-input-file-errors.mlir:[[# @LINE + 13]]:{{[0-9]+}}: error: undefined symbol alias id 'attr'
// ERR-NOT:  error

#attr = 1 : i32
"foo.ok"() {a = #attr} : () -> ()

// -----

"foo.bad"() : () -> )

// -----

// The alias of the first chunk is not visible here.
"foo.no_alias"() {a = #attr} : () -> ()

// -----

"foo.also_ok"() : () -> ()
