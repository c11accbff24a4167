// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// Parser diagnostics for locations: loc(...) after operations and block arguments, and location aliases.

// expected-error@+1 {{expected '(' in location}}
"foo.op"() : () -> () loc["a.mlir":1:2]

// -----

// expected-error@+1 {{expected ')' in location}}
"foo.op"() : () -> () loc("a.mlir":1:2 "b")

// -----

// expected-error@+1 {{expected ')' in location}}
"foo.op"() : () -> () loc(#alias "b")

// -----

#not_a_loc = 1
// expected-error@+1 {{expected location, but found '1 : i64'}}
"foo.op"() : () -> () loc(#not_a_loc)

// -----

// expected-error@+1 {{expected location, but found '1 : i64'}}
"foo.op"() : () -> () loc(#not_a_loc_yet)
#not_a_loc_yet = 1

// -----

// expected-error@+1 {{operation location alias was never defined}}
"foo.op"() : () -> () loc(#never_defined)

// -----

// expected-error@+1 {{expected location instance}}
"foo.op"() : () -> () loc(42)

// -----

// expected-error@+1 {{expected location instance}}
"foo.op"() : () -> () loc(nosuchloc)

// -----

// expected-error@+1 {{expected '(' in callsite location}}
"foo.op"() : () -> () loc(callsite "a" at "b"))

// -----

// expected-error@+1 {{expected 'at' in callsite location}}
"foo.op"() : () -> () loc(callsite("a" to "b"))

// -----

// expected-error@+1 {{expected ')' in callsite location}}
"foo.op"() : () -> () loc(callsite("a" at "b" "c"))

// -----

// expected-error@+1 {{expected '>' after fused location metadata}}
"foo.op"() : () -> () loc(fused<"m" ["a"])

// -----

// expected-error@+1 {{expected '[' in fused location}}
"foo.op"() : () -> () loc(fused("a"))

// -----

// expected-error@+1 {{expected ']' in fused location}}
"foo.op"() : () -> () loc(fused["a" "b"])

// -----

// expected-error@+1 {{expected integer line number in FileLineColRange}}
"foo.op"() : () -> () loc("a.mlir":x)

// -----

// expected-error@+1 {{expected integer column number in FileLineColRange}}
"foo.op"() : () -> () loc("a.mlir":1:x)

// -----

// expected-error@+1 {{expected integer column number in FileLineColRange}}
"foo.op"() : () -> () loc("a.mlir":1:2 to :x)

// -----

// expected-error@+1 {{expected either integer or `:` post `to` in FileLineColRange}}
"foo.op"() : () -> () loc("a.mlir":1:2 to 3 4)

// -----

// expected-error@+1 {{expected integer column number in FileLineColRange}}
"foo.op"() : () -> () loc("a.mlir":1:2 to 3:x)

// -----

// expected-error@+1 {{expected ')' after child location of NameLoc}}
"foo.op"() : () -> () loc("a"("b.mlir":1:2 "c"))
