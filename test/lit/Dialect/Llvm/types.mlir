// RUN: dialectic-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect %s | dialectic-opt --allow-unregistered-dialect | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic %s | dialectic-opt --allow-unregistered-dialect | FileCheck %s

// The llvm types: pointers (address space 0 is not printed), void and the other keyword types, arrays, literal,
// packed, identified and opaque structs, function types (variadic too), builtin types nested inside them, and
// llvm types nested without their `!llvm.` prefix. The CHECK lines are mlir-opt-22's output.

// CHECK: %0:12 = "test.op"() : () -> (!llvm.struct<"foo", (i32, ptr)>, !llvm.struct<"bar", opaque>, !llvm.struct<packed (i8, i32)>, !llvm.struct<()>, !llvm.struct<"p", packed (i8)>, !llvm.func<void (...)>, !llvm.ptr<1>, !llvm.array<2 x array<3 x ptr>>, !llvm.struct<(vector<4xf32>, tuple<i32>)>, !llvm.struct<"e", ()>, !llvm.token, !llvm.func<i32 (i32, ...)>)
// CHECK-NEXT: %1:5 = "test.op"() : () -> (!llvm.struct<"foo", (i32, ptr)>, !llvm.struct<(ptr<1>, struct<(i8, array<4 x f16>)>)>, !llvm.ptr, !llvm.void, !llvm.func<struct<(i32, f64)> (ptr, array<2 x i64>)>)
// CHECK-NEXT: %2:4 = "test.op"() : () -> (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.array<0 x i8>, !llvm.metadata, !llvm.label)
// CHECK-NEXT: %3 = "test.op"() : () -> !llvm.struct<"esc\22aped", (i1)>

%0:12 = "test.op"() : () -> (!llvm.struct<"foo", (i32, ptr)>, !llvm.struct<"bar", opaque>, !llvm.struct<packed (i8, i32)>, !llvm.struct<()>, !llvm.struct<"p", packed (i8)>, !llvm.func<void (...)>, !llvm.ptr<1>, !llvm.array<2 x array<3 x !llvm.ptr>>, !llvm.struct<(vector<4xf32>, tuple<i32>)>, !llvm.struct<"e", ()>, !llvm.token, !llvm.func<i32 (i32, ...)>)
%1:5 = "test.op"() : () -> (!llvm.struct<"foo", (i32, ptr)>, !llvm.struct<(ptr<1>, struct<(i8, array<4 x f16>)>)>, !llvm.ptr<0>, !llvm.void, !llvm.func<struct<(i32, f64)> (ptr, array<2 x i64>)>)
%2:4 = "test.op"() : () -> (!llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.array<0 x i8>, !llvm.metadata, !llvm.label)
%3 = "test.op"() : () -> !llvm.struct<"esc\"aped", (i1)>
