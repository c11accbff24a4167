// RUN: dialectic-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic %s | dialectic-opt --allow-unregistered-dialect | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// RUN: dialectic-opt --allow-unregistered-dialect %s | dialectic-opt --allow-unregistered-dialect | FileCheck %s

// Round trip of the func dialect (custom -> generic -> custom); the CHECK lines are mlir-opt-22's output.
// Inside func bodies the ops print without the `func.` prefix (func.func's default dialect).
// The custom output (with un-prefixed `return`) reads back through func.func's default dialect.

// CHECK-LABEL: func.func @f(%arg0: i32, %arg1: f32) -> (i32, f32) attributes {foo = 1 : i32} {
// CHECK-NEXT:    return %arg0, %arg1 : i32, f32
// CHECK-NEXT:  }
// GENERIC:       "func.func"() <{function_type = (i32, f32) -> (i32, f32), sym_name = "f"}> ({
// GENERIC-NEXT:  ^bb0(%arg{{[0-9]+}}: i32, %arg{{[0-9]+}}: f32):
// GENERIC-NEXT:    "func.return"(%arg{{[0-9]+}}, %arg{{[0-9]+}}) : (i32, f32) -> ()
// GENERIC-NEXT:  }) {foo = 1 : i32} : () -> ()
func.func @f(%a: i32, %b: f32) -> (i32, f32) attributes {foo = 1 : i32} {
  func.return %a, %b : i32, f32
}

// CHECK:       func.func private @decl(i32 {my.noalias}) -> (i32 {my.foo})
// GENERIC:     "func.func"() <{arg_attrs = [{my.noalias}], function_type = (i32) -> i32, res_attrs = [{my.foo}], sym_name = "decl", sym_visibility = "private"}> ({
// GENERIC-NEXT: }) : () -> ()
func.func private @decl(i32 {my.noalias}) -> (i32 {my.foo})

// CHECK:       func.func private @decl2(i32, f32) -> i32
func.func private @decl2(i32, f32) -> i32

// CHECK:       func.func private @decl3() -> (() -> i32)
func.func private @decl3() -> (() -> i32)

// CHECK-LABEL: func.func @noargs() {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
// GENERIC:     "func.func"() <{function_type = () -> (), sym_name = "noargs"}> ({
// GENERIC-NEXT:  "func.return"() : () -> ()
func.func @noargs() {
  func.return
}

// CHECK-LABEL: func.func nested @g(%arg0: i32 {my.noalias}, %arg1: f32) -> i32 {
// CHECK-NEXT:    %f = constant @noargs : () -> ()
// CHECK-NEXT:    %0:2 = call @f(%arg0, %arg1) {a.b} : (i32, f32) -> (i32, f32)
// CHECK-NEXT:    call_indirect %f() : () -> ()
// CHECK-NEXT:    %f_0 = constant @decl : (i32) -> i32
// CHECK-NEXT:    %1 = call_indirect %f_0(%arg0) : (i32) -> i32
// CHECK-NEXT:    return %0#0 : i32
// CHECK-NEXT:  }
// GENERIC:     "func.func"() <{arg_attrs = [{my.noalias}, {}], function_type = (i32, f32) -> i32, sym_name = "g", sym_visibility = "nested"}> ({
// GENERIC:       "func.constant"() <{value = @noargs}> : () -> (() -> ())
// GENERIC:       "func.call"(%arg{{[0-9]+}}, %arg{{[0-9]+}}) <{callee = @f}> {a.b} : (i32, f32) -> (i32, f32)
// GENERIC:       "func.call_indirect"(%{{[0-9]+}}) : (() -> ()) -> ()
func.func nested @g(%x: i32 {my.noalias}, %y: f32) -> i32 {
  %c = func.constant @noargs : () -> ()
  %r:2 = func.call @f(%x, %y) {a.b} : (i32, f32) -> (i32, f32)
  func.call_indirect %c() : () -> ()
  %d = func.constant @decl : (i32) -> i32
  %e = func.call_indirect %d(%x) : (i32) -> i32
  func.return %r#0 : i32
}

// CHECK-LABEL: func.func public @pub() {
func.func public @pub() {
  func.return
}

// CHECK-LABEL: func.func @multi(%arg0: i32) -> i32 {
// CHECK-NEXT:    "test.br"(%arg0)[^bb1] : (i32) -> ()
// CHECK-NEXT:  ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @multi(%x: i32) -> i32 {
  "test.br"(%x)[^bb1] : (i32) -> ()
^bb1(%y: i32):
  func.return %y : i32
}

// CHECK-LABEL: func.func @nested_ops(%arg0: i32) {
// CHECK-NEXT:    "test.region"() ({
// CHECK-NEXT:      %0 = func.call @id(%arg0) : (i32) -> i32
// CHECK-NEXT:      "test.use"(%0) : (i32) -> ()
// CHECK-NEXT:    }) : () -> ()
func.func @nested_ops(%x: i32) {
  "test.region"() ({
    %0 = func.call @id(%x) : (i32) -> i32
    "test.use"(%0) : (i32) -> ()
  }) : () -> ()
  func.return
}
func.func private @id(i32) -> i32
