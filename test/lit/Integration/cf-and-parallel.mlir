// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e main -entry-point-result=i64 | FileCheck %s

// Unstructured control flow (a cf.switch dispatch loop with block arguments of index and i16 type, passing
// through an scf.execute_region), an scf.parallel reduction over two dimensions, and a do-while loop.
// CHECK: {{^}}12601111024{{$}}

func.func @collatz_steps(%n: i64) -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %one = arith.constant 1 : i64
  %two = arith.constant 2 : i64
  %three = arith.constant 3 : i64
  cf.br ^loop(%n, %c0 : i64, index)
^loop(%x: i64, %steps: index):
  %done = arith.cmpi eq, %x, %one : i64
  cf.cond_br %done, ^exit(%steps : index), ^body
^body:
  %r = arith.remui %x, %two : i64
  %sel = arith.trunci %r : i64 to i16
  %next_steps = arith.addi %steps, %c1 : index
  cf.switch %sel : i16, [
    default: ^odd(%sel : i16),
    0: ^even
  ]
^even:
  %h = arith.divui %x, %two : i64
  cf.br ^loop(%h, %next_steps : i64, index)
^odd(%unused: i16):
  %m = scf.execute_region -> i64 {
    %t = arith.muli %x, %three : i64
    %u = arith.addi %t, %one : i64
    scf.yield %u : i64
  }
  cf.br ^loop(%m, %next_steps : i64, index)
^exit(%s: index):
  %si = arith.index_cast %s : index to i64
  return %si : i64
}

func.func @main() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c7 = arith.constant 7 : index
  %c5 = arith.constant 5 : index
  %zero = arith.constant 0 : i64
  %red = scf.parallel (%i, %j) = (%c0, %c0) to (%c7, %c5) step (%c1, %c2) init(%zero) -> i64 {
    %ii = arith.index_cast %i : index to i64
    %jj = arith.index_cast %j : index to i64
    %p = arith.muli %ii, %jj : i64
    scf.reduce(%p : i64) {
    ^bb0(%a: i64, %b: i64):
      %s = arith.addi %a, %b : i64
      scf.reduce.return %s : i64
    }
  }
  %start = arith.constant 27 : i64
  %steps = func.call @collatz_steps(%start) : (i64) -> i64
  // do-while: double until above 1000.
  %lim = arith.constant 1000 : i64
  %one = arith.constant 1 : i64
  %dw = scf.while (%v = %one) : (i64) -> i64 {
    %d = arith.addi %v, %v : i64
    %more = arith.cmpi slt, %d, %lim : i64
    scf.condition(%more) %d : i64
  } do {
  ^bb0(%v2: i64):
    scf.yield %v2 : i64
  }
  %k = arith.constant 10000 : i64
  %a1 = arith.muli %red, %k : i64
  %a2 = arith.addi %a1, %steps : i64
  %a3 = arith.muli %a2, %k : i64
  %a4 = arith.addi %a3, %dw : i64
  return %a4 : i64
}
