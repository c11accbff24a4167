// The call graph analysis printed by -test-print-callgraph, in MLIR's format (identical to mlir-opt-22's output on
// this file: see callgraph-mlir-opt.mlir).
// RUN: dialectic-opt %s --test-print-callgraph -o /dev/null 2>&1 | FileCheck %s

// CHECK:      Testing : "callgraph"
// CHECK-NEXT: // ---- CallGraph ----
// CHECK-NEXT: // - Node : 'func.func' - Region #0 : {function_type = (i32, i1) -> i32, sym_name = "f"}
// CHECK-NEXT: // -- Call-Edge : 'func.func' - Region #0 : {function_type = (i32) -> i32, sym_name = "g"}
// CHECK-NEXT: //
// CHECK-NEXT: // - Node : 'func.func' - Region #0 : {function_type = (i32) -> i32, sym_name = "g"}
// CHECK-NEXT: // -- Call-Edge : 'func.func' - Region #0 : {function_type = (i32, i1) -> i32, sym_name = "f"}
// CHECK-NEXT: // -- Call-Edge : <Unknown-Callee-Node>
// CHECK-NEXT: //
// CHECK-NEXT: // - Node : 'func.func' - Region #0 : {function_type = () -> (), sym_name = "leaf"}
// CHECK-NEXT: //
// CHECK-NEXT: // -- SCCs --
// CHECK-NEXT: // - SCC :
// CHECK-NEXT: // -- Node :<Unknown-Callee-Node>
// CHECK-EMPTY:
// CHECK-NEXT: // - SCC :
// CHECK-NEXT: // -- Node :'func.func' - Region #0 : {function_type = (i32) -> i32, sym_name = "g"}
// CHECK-NEXT: // -- Node :'func.func' - Region #0 : {function_type = (i32, i1) -> i32, sym_name = "f"}
// CHECK-EMPTY:
// CHECK-NEXT: // - SCC :
// CHECK-NEXT: // -- Node :'func.func' - Region #0 : {function_type = () -> (), sym_name = "leaf"}
// CHECK-EMPTY:
// CHECK-NEXT: // - SCC :
// CHECK-NEXT: // -- Node :<External-Caller-Node>
// CHECK-EMPTY:
// CHECK-NEXT: // -------------------

module attributes {test.name = "callgraph"} {
  func.func @f(%a: i32, %b: i1) -> i32 {
    %c1 = arith.constant 1 : i32
    cf.cond_br %b, ^bb1, ^bb2(%a : i32)
  ^bb1:
    %x = arith.addi %a, %c1 : i32
    cf.br ^bb3(%x : i32)
  ^bb2(%y: i32):
    cf.br ^bb3(%y : i32)
  ^bb3(%z: i32):
    %r = func.call @g(%z) : (i32) -> i32
    return %r : i32
  }
  func.func @g(%a: i32) -> i32 {
    %t = arith.constant true
    %0 = func.call @f(%a, %t) : (i32, i1) -> i32
    %1 = func.call @ext(%0) : (i32) -> i32
    return %0 : i32
  }
  func.func @leaf() {
    return
  }
  func.func private @ext(i32) -> i32
}
