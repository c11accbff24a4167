namespace Dialectic.Dialects.Tests.Rewrite;

/// <summary>
/// Inputs for the greedy driver compared with <c>mlir-opt-22 --test-greedy-patterns</c> (the greedy driver with
/// folding and constant uniquing, and test-dialect patterns only: on these dialects it is our driver with an empty
/// pattern set). Each exercises folding, constant uniquing and hoisting, dead code or region simplification.
/// Commutative ops keep constants on the right: MLIR's trait folding (moving them there) is not in
/// <c>Operation.Fold</c> yet.
/// </summary>
internal static class GreedyCases
{
    public static readonly string[] All =
    [
        // Folds, a dead op, dead and live block arguments, an unreachable block.
        """
        func.func @fold_and_dce(%a: i32, %c: i1) -> i32 {
          %c1 = arith.constant 1 : i32
          %c2 = arith.constant 2 : i32
          %x = arith.addi %c1, %c2 : i32
          %dead = arith.muli %a, %a : i32
          %y = arith.addi %a, %x : i32
          cf.cond_br %c, ^bb1(%y, %a : i32, i32), ^bb2(%a : i32)
        ^bb1(%p: i32, %q: i32):
          %c3 = arith.constant 3 : i32
          %z = arith.addi %p, %c3 : i32
          cf.br ^bb3(%z : i32)
        ^bb2(%r: i32):
          cf.br ^bb3(%r : i32)
        ^bb3(%s: i32):
          return %s : i32
        ^bb4:
          %u = arith.addi %a, %a : i32
          cf.br ^bb3(%u : i32)
        }
        """,
        // Constants inside nested regions are hoisted to the function's entry and uniqued per function.
        """
        func.func @hoist(%c: i1, %lb: index, %ub: index, %m: memref<8xi32>) -> i32 {
          %c4 = arith.constant 4 : i32
          %r = scf.if %c -> (i32) {
            %c5 = arith.constant 5 : i32
            %s = arith.addi %c5, %c4 : i32
            scf.yield %s : i32
          } else {
            %c9 = arith.constant 9 : i32
            scf.yield %c9 : i32
          }
          %step = arith.constant 1 : index
          scf.for %i = %lb to %ub step %step {
            %k = arith.constant 4 : i32
            %v = arith.muli %r, %k : i32
            memref.store %v, %m[%i] : memref<8xi32>
          }
          return %r : i32
        }
        func.func @other() -> i32 {
          %c4 = arith.constant 4 : i32
          %c5 = arith.constant 5 : i32
          %s = arith.addi %c4, %c5 : i32
          return %s : i32
        }
        """,
        // Effects decide what is dead: unused loads, allocations and effect-free regions go; stores, asserts,
        // calls and divisions that may trap do not.
        """
        func.func private @ext(i32)
        func.func @effects(%m: memref<4xf32>, %i: index, %v: f32, %b: i1, %a: i32, %d: i32) {
          %0 = memref.load %m[%i] : memref<4xf32>
          %1 = memref.alloc() : memref<4xf32>
          %2 = memref.alloca() : memref<4xf32>
          memref.store %v, %m[%i] : memref<4xf32>
          cf.assert %b, "kept"
          %3 = arith.divsi %a, %d : i32
          %4 = scf.execute_region -> f32 no_inline {
            %l = memref.load %m[%i] : memref<4xf32>
            scf.yield %l : f32
          }
          %5 = memref.dim %m, %i : memref<4xf32>
          func.call @ext(%a) : (i32) -> ()
          %c0 = arith.constant 0 : i32
          %6 = arith.divui %a, %c0 : i32
          return
        }
        """,
        // A dead loop-carried cycle through block arguments, and a switch whose case arguments die.
        """
        func.func @cycles(%n: i32, %c: i1, %f: i32) -> i32 {
          %zero = arith.constant 0 : i32
          cf.br ^loop(%zero, %n : i32, i32)
        ^loop(%i: i32, %acc: i32):
          %one = arith.constant 1 : i32
          %next = arith.addi %i, %one : i32
          %acc2 = arith.muli %acc, %next : i32
          cf.cond_br %c, ^loop(%next, %acc2 : i32, i32), ^exit
        ^exit:
          cf.switch %f : i32, [
            default: ^d(%n : i32),
            1: ^a(%zero, %n : i32, i32),
            2: ^b(%n : i32)
          ]
        ^d(%x: i32):
          return %x : i32
        ^a(%p: i32, %q: i32):
          return %q : i32
        ^b(%r: i32):
          return %n : i32
        }
        """,
        // Folds that produce existing values, casts and comparisons, and integer math chains.
        """
        func.func @chains(%a: i64, %b: index) -> (i64, i1, index) {
          %c0 = arith.constant 0 : i64
          %c7 = arith.constant 7 : i64
          %c1 = arith.constant 1 : i64
          %x = arith.addi %a, %c0 : i64
          %y = arith.muli %x, %c1 : i64
          %t = arith.cmpi slt, %c0, %c7 : i64
          %p = arith.index_cast %c7 : i64 to index
          %q = arith.addi %b, %p : index
          %cm = arith.constant -7 : index
          %r = arith.addi %q, %cm : index
          %s = arith.subi %y, %c0 : i64
          return %s, %t, %r : i64, i1, index
        }
        """,
        // Vectors and floats, and a division by a constant that may be speculated.
        """
        func.func @shaped(%v: vector<4xf32>) -> (vector<4xf32>, f32, vector<2xi32>) {
          %z = arith.constant dense<0.0> : vector<4xf32>
          %a = arith.addf %v, %z : vector<4xf32>
          %c2 = arith.constant 2.0 : f32
          %c3 = arith.constant 3.0 : f32
          %m = arith.mulf %c2, %c3 : f32
          %i = arith.constant dense<[6, 8]> : vector<2xi32>
          %j = arith.constant dense<2> : vector<2xi32>
          %k = arith.divsi %i, %j : vector<2xi32>
          %u = arith.constant dense<[1, 2]> : vector<2xi32>
          %unused = arith.divui %i, %u : vector<2xi32>
          return %a, %m, %k : vector<4xf32>, f32, vector<2xi32>
        }
        """,
        // Identical blocks that differ only in values from outside merge, with new arguments; unreachable code
        // that refers to itself goes first.
        """
        func.func @merge(%c: i1, %d: i1, %a: i32, %b: i32, %m: memref<i32>) {
          cf.cond_br %c, ^bb1, ^bb2
        ^bb1:
          %x = arith.muli %a, %a : i32
          memref.store %x, %m[] : memref<i32>
          cf.br ^bb3
        ^bb2:
          %y = arith.muli %b, %b : i32
          memref.store %y, %m[] : memref<i32>
          cf.br ^bb3
        ^bb3:
          cf.cond_br %d, ^bb4(%a : i32), ^bb4(%a : i32)
        ^bb4(%p: i32):
          memref.store %p, %m[] : memref<i32>
          return
        ^dead:
          %z = arith.addi %z, %z : i32
          cf.br ^dead
        }
        """,
        // Loops: constants inside loop bodies are hoisted out; loop-invariant folds; dead iter_args stay (scf
        // results are not block arguments of the function).
        """
        func.func @loops(%n: index, %m: memref<?xf32>, %f: f32) -> f32 {
          %c0 = arith.constant 0 : index
          %c1 = arith.constant 1 : index
          %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %f) -> (f32) {
            %c1b = arith.constant 1 : index
            %j = arith.addi %i, %c1b : index
            %z = arith.constant 0.0 : f32
            %v = memref.load %m[%j] : memref<?xf32>
            %w = arith.addf %v, %z : f32
            %s = arith.addf %acc, %w : f32
            scf.yield %s : f32
          }
          %w:2 = scf.while (%x = %c0) : (index) -> (index, index) {
            %lt = arith.cmpi slt, %x, %n : index
            scf.condition(%lt) %x, %x : index, index
          } do {
          ^bb0(%y: index, %y2: index):
            %y1 = arith.addi %y, %c1 : index
            scf.yield %y1 : index
          }
          %i0 = index.constant 3
          %i1 = index.constant 4
          %i2 = index.add %i0, %i1
          %i3 = index.mul %w#0, %i2
          memref.store %f, %m[%i3] : memref<?xf32>
          return %r : f32
        }
        """,
    ];
}
