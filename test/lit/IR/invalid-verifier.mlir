// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// Structural verifier diagnostics (dominance, entry blocks, symbol tables) and the builtin.module verifier.

// == Dominance ==
// The use is nested in an op of a block that the definition does not dominate.
"foo.func"() ({
  %c = "foo.cond"() : () -> i1
  "foo.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  // expected-note@+1 {{operand defined here (op in a parent region)}}
  %0 = "foo.def"() : () -> i32
  "foo.br"()[^bb3] : () -> ()
^bb2:
  "foo.br"()[^bb3] : () -> ()
^bb3:
  "foo.region"() ({
    // expected-error@+1 {{operand #1 does not dominate this use}}
    "foo.use"(%c, %0) : (i1, i32) -> ()
  }) : () -> ()
  "foo.return"() : () -> ()
}) : () -> ()

// -----

"foo.func"() ({
  %c = "foo.cond"() : () -> i1
  "foo.cond_br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  // expected-note@+1 {{operand defined here (op in the same region)}}
  %0 = "foo.def"() : () -> i32
  "foo.br"()[^bb3] : () -> ()
^bb2:
  "foo.br"()[^bb3] : () -> ()
^bb3:
  // expected-error@+1 {{operand #0 does not dominate this use}}
  "foo.use"(%0) : (i32) -> ()
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// Not checked: uses in unreachable blocks, in the single block of an unregistered op's region (it may be a graph
// region) and in graph regions (builtin.module).
"foo.graph"() ({
  "foo.use"(%2) : (i32) -> ()
  %2 = "foo.def"() : () -> i32
}) : () -> ()
"foo.func"() ({
  "foo.return"() : () -> ()
^unreachable:
  "foo.use"(%0) : (i32) -> ()
  %0 = "foo.def"() : () -> i32
  "foo.return"() : () -> ()
}) : () -> ()
"foo.use"(%1) : (i32) -> ()
%1 = "foo.def"() : () -> i32

// == Regions and blocks ==

// -----

// expected-error@+1 {{entry block of region may not have predecessors}}
"foo.func"() ({
^bb0:
  "foo.br"()[^bb0] : () -> ()
}) : () -> ()

// == Symbol tables ==

// -----

module {
  // expected-note@+1 {{see existing symbol definition here}}
  "foo.symbol"() {sym_name = "f"} : () -> ()
  // expected-error@+1 {{redefinition of symbol named 'f'}}
  "foo.symbol"() {sym_name = "f"} : () -> ()
}

// -----

// expected-note@+1 {{see existing symbol definition here}}
module @m {
}
// expected-error@+1 {{redefinition of symbol named 'm'}}
module @m {
}

// == builtin.module ==

// -----

// expected-error@+1 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'attr'}}
module attributes {attr = 1 : i32} {
}

// -----

// expected-error@+1 {{'builtin.module' op requires one region}}
"builtin.module"() ({
}, {
}) : () -> ()

// -----

// expected-error@+1 {{'builtin.module' op expects region #0 to have 0 or 1 blocks}}
"builtin.module"() ({
^bb0:
  "foo.x"() : () -> ()
^bb1:
  "foo.x"() : () -> ()
}) : () -> ()
