// RUN: dialectic-translate --mlir-to-llvmir %s | FileCheck %s

// Block arguments become phi nodes; an edge repeated to a block with arguments goes through its own block.

// CHECK-LABEL: define i64 @loop(i64 %0)
llvm.func @loop(%n: i64) -> i64 {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c1 = llvm.mlir.constant(1 : i64) : i64
  // CHECK-NEXT: br label %2
  llvm.br ^bb1(%c0, %c0 : i64, i64)
// CHECK: 2:
// CHECK-NEXT: %3 = phi i64 [ %7, %6 ], [ 0, %1 ]
// CHECK-NEXT: %4 = phi i64 [ %8, %6 ], [ 0, %1 ]
^bb1(%i: i64, %acc: i64):
  // CHECK-NEXT: %5 = icmp slt i64 %3, %0
  %c = llvm.icmp "slt" %i, %n : i64
  // CHECK-NEXT: br i1 %5, label %6, label %9
  llvm.cond_br %c, ^bb2, ^bb3
// CHECK: 6:
^bb2:
  // CHECK-NEXT: %7 = add i64 %3, 1
  %i1 = llvm.add %i, %c1 : i64
  // CHECK-NEXT: %8 = add i64 %4, %3
  %a1 = llvm.add %acc, %i : i64
  // CHECK-NEXT: br label %2
  llvm.br ^bb1(%i1, %a1 : i64, i64)
// CHECK: 9:
^bb3:
  // CHECK-NEXT: ret i64 %4
  llvm.return %acc : i64
}

// CHECK-LABEL: define i32 @same_successor(i1 %0, i32 %1, i32 %2)
llvm.func @same_successor(%c: i1, %a: i32, %b: i32) -> i32 {
  // CHECK-NEXT: br i1 %0, label %4, label %6
  llvm.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
// CHECK: 4:
// CHECK-NEXT: %5 = phi i32 [ %2, %6 ], [ %1, %3 ]
// CHECK-NEXT: ret i32 %5
^bb1(%x: i32):
  llvm.return %x : i32
// CHECK: 6:
// CHECK-NEXT: br label %4
// CHECK-NEXT: }
}

// CHECK-LABEL: define i64 @switch_cases(i32 %0, i64 %1)
llvm.func @switch_cases(%v: i32, %a: i64) -> i64 {
  %c1 = llvm.mlir.constant(1 : i64) : i64
  // CHECK-NEXT: switch i32 %0, label %3 [
  // CHECK-NEXT:   i32 0, label %5
  // CHECK-NEXT:   i32 -3, label %6
  // CHECK-NEXT: ]
  llvm.switch %v : i32, ^bb1(%a : i64) [
    0: ^bb2,
    -3: ^bb3
  ]
// CHECK: 3:
// CHECK-NEXT: %4 = phi i64 [ 1, %5 ], [ %1, %2 ]
^bb1(%x: i64):
  llvm.return %x : i64
^bb2:
  llvm.br ^bb1(%c1 : i64)
// CHECK: 6:
// CHECK-NEXT: unreachable
^bb3:
  llvm.unreachable
}
