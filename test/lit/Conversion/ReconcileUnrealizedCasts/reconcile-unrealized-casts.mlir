// RUN: dialectic-opt %s --split-input-file --reconcile-unrealized-casts | FileCheck %s

// An unused cast is erased.

// CHECK-LABEL: func.func @unused_cast
// CHECK-NEXT: return %arg0 : i64
// CHECK-NEXT: }
func.func @unused_cast(%arg0: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  return %arg0 : i64
}

// -----

// A cast to its own input types folds away.

// CHECK-LABEL: func.func @same_types
// CHECK-NEXT: return %arg0 : i64
// CHECK-NEXT: }
func.func @same_types(%arg0: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i64
  return %0 : i64
}

// -----

// A -> B -> A folds to the original value.

// CHECK-LABEL: func.func @round_trip
// CHECK-NEXT: return %arg0 : i64
// CHECK-NEXT: }
func.func @round_trip(%arg0: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
  return %1 : i64
}

// -----

// A chain that ends where it started folds, and the intermediate casts die.

// CHECK-LABEL: func.func @long_chain
// CHECK-NEXT: return %arg0 : i64
// CHECK-NEXT: }
func.func @long_chain(%arg0: i64) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to index
  %3 = builtin.unrealized_conversion_cast %2 : index to i64
  return %3 : i64
}

// -----

// A cast that nothing cancels stays.

// CHECK-LABEL: func.func @live_unresolved
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @live_unresolved(%arg0: i64) -> i32 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  return %0 : i32
}

// -----

// Only the part of the chain that cancels goes; a cast still used stays.

// CHECK-LABEL: func.func @partially_folded
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
// CHECK-NEXT: %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
// CHECK-NEXT: return %arg0, %1 : i64, i16
// CHECK-NEXT: }
func.func @partially_folded(%arg0: i64) -> (i64, i16) {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to i64
  return %2, %1 : i64, i16
}

// -----

// 1:N casts fold with their N:1 inverse.

// CHECK-LABEL: func.func @one_to_many
// CHECK-NEXT: return %arg0 : i64
// CHECK-NEXT: }
func.func @one_to_many(%arg0: i64) -> i64 {
  %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  %1 = builtin.unrealized_conversion_cast %0#0, %0#1 : i32, i32 to i64
  return %1 : i64
}

// -----

// An N:1 cast with no inverse stays.

// CHECK-LABEL: func.func @many_to_one_kept
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0, %arg1 : i32, i32 to i64
// CHECK-NEXT: return %0 : i64
// CHECK-NEXT: }
func.func @many_to_one_kept(%arg0: i32, %arg1: i32) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0, %arg1 : i32, i32 to i64
  return %0 : i64
}

// -----

// A chain used by nothing is erased entirely.

// CHECK-LABEL: func.func @dead_chain
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @dead_chain(%arg0: i64) {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to index
  return
}

// -----

// A chain whose ends differ stays.

// CHECK-LABEL: func.func @mismatched_chain
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
// CHECK-NEXT: %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
// CHECK-NEXT: return %1 : i16
// CHECK-NEXT: }
func.func @mismatched_chain(%arg0: i64) -> i16 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  return %1 : i16
}

// -----

// Casts fold across blocks.

// CHECK-LABEL: func.func @across_blocks
// CHECK-NEXT: cf.cond_br %arg1, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: return %arg0 : i64
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i64
// CHECK-NEXT: return %0 : i64
// CHECK-NEXT: }
func.func @across_blocks(%arg0: i64, %c: i1) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
  return %1 : i64
^bb2:
  %2 = builtin.unrealized_conversion_cast %0 : i32 to i64
  %3 = arith.addi %2, %2 : i64
  return %3 : i64
}

// -----

// Each user of an intermediate cast folds separately; the intermediate stays while used.

// CHECK-LABEL: func.func @fan_out
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
// CHECK-NEXT: return %arg0, %0, %arg0 : i64, i32, i64
// CHECK-NEXT: }
func.func @fan_out(%arg0: i64) -> (i64, i32, i64) {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
  %2 = builtin.unrealized_conversion_cast %0 : i32 to i64
  return %1, %0, %2 : i64, i32, i64
}

// -----

// A cast from nothing stays while used.

// CHECK-LABEL: func.func @no_operands
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast to i64
// CHECK-NEXT: return %0 : i64
// CHECK-NEXT: }
func.func @no_operands() -> i64 {
  %0 = builtin.unrealized_conversion_cast to i64
  return %0 : i64
}

// -----

// Chains through non-cast ops are not folded.

// CHECK-LABEL: func.func @cast_of_non_cast
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i64
// CHECK-NEXT: %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
// CHECK-NEXT: %2 = arith.addi %1, %1 : i32
// CHECK-NEXT: %3 = builtin.unrealized_conversion_cast %2 : i32 to i64
// CHECK-NEXT: return %3 : i64
// CHECK-NEXT: }
func.func @cast_of_non_cast(%arg0: i64) -> i64 {
  %0 = arith.addi %arg0, %arg0 : i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
  %2 = builtin.unrealized_conversion_cast %1 : i32 to i64
  %3 = builtin.unrealized_conversion_cast %2 : i64 to i32
  %4 = arith.addi %3, %3 : i32
  %5 = builtin.unrealized_conversion_cast %4 : i32 to i64
  return %5 : i64
}

// -----

// Casts fold across region boundaries.

// CHECK-LABEL: func.func @nested
// CHECK-NEXT: %0 = scf.if %arg1 -> (i64) {
// CHECK-NEXT: scf.yield %arg0 : i64
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg0 : i64
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i64
// CHECK-NEXT: }
func.func @nested(%arg0: i64, %c: i1) -> i64 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %r = scf.if %c -> (i64) {
    %1 = builtin.unrealized_conversion_cast %0 : i32 to i64
    scf.yield %1 : i64
  } else {
    scf.yield %arg0 : i64
  }
  return %r : i64
}

// -----

// A 1:N cast folds with its inverse and stays for its other user.

// CHECK-LABEL: func.func @multi_partial
// CHECK-NEXT: %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
// CHECK-NEXT: return %0#1, %arg0 : i32, i64
// CHECK-NEXT: }
func.func @multi_partial(%arg0: i64) -> (i32, i64) {
  %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  %1 = builtin.unrealized_conversion_cast %0#0, %0#1 : i32, i32 to i64
  return %0#1, %1 : i32, i64
}

// -----

// An N:1 cast folds with its 1:N inverse.

// CHECK-LABEL: func.func @swapped
// CHECK-NEXT: return %arg0, %arg1 : i32, i64
// CHECK-NEXT: }
func.func @swapped(%arg0: i32, %arg1: i64) -> (i32, i64) {
  %0 = builtin.unrealized_conversion_cast %arg0, %arg1 : i32, i64 to index
  %1:2 = builtin.unrealized_conversion_cast %0 : index to i32, i64
  return %1#0, %1#1 : i32, i64
}

// -----

// Inputs taken out of order are not a chain: both casts stay.

// CHECK-LABEL: func.func @partial_inputs
// CHECK-NEXT: %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
// CHECK-NEXT: %1 = builtin.unrealized_conversion_cast %0#1, %0#0 : i32, i32 to i64
// CHECK-NEXT: return %1 : i64
// CHECK-NEXT: }
func.func @partial_inputs(%arg0: i64) -> i64 {
  %0:2 = builtin.unrealized_conversion_cast %arg0 : i64 to i32, i32
  %1 = builtin.unrealized_conversion_cast %0#1, %0#0 : i32, i32 to i64
  return %1 : i64
}

// -----

// Casts used only by dead casts are erased; the live one stays.

// CHECK-LABEL: func.func @dead_user_chain
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @dead_user_chain(%arg0: i64) -> i32 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32
  %1 = builtin.unrealized_conversion_cast %0 : i32 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to i8
  return %0 : i32
}

// -----

// A live cast keeps its attributes.

// CHECK-LABEL: func.func @attrs
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32 {foo}
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @attrs(%arg0: i64) -> i32 {
  %0 = builtin.unrealized_conversion_cast %arg0 : i64 to i32 {foo}
  return %0 : i32
}
