// RUN: dialectic-opt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

// Parser diagnostics for the lexer, the top level, operations, regions, blocks and SSA names. Types,
// attributes and locations have their own invalid-*.mlir files.

// == Lexer ==

// expected-error@+1 {{unexpected character}}
"foo.op"() : () -> () $

// -----

// expected-error@+1 {{expected '"' in string literal}}
"foo.op"() {a = "unterminated} : () -> ()

// -----

// expected-error@+1 {{unknown escape in string literal}}
"foo.op"() {a = "\q"} : () -> ()

// -----

// expected-error@+1 {{@ identifier expected to start with letter or '_'}}
"foo.op"() {a = @1} : () -> ()

// -----

// expected-error@+1 {{invalid attribute name}}
"foo.op"() {a = # } : () -> ()

// -----

// expected-error@+1 {{invalid SSA name}}
% = "foo.op"() : () -> i32

// -----

"foo.op"() ({
// expected-error@+1 {{invalid block name}}
^ :
}) : () -> ()

// -----

// expected-error@+1 {{invalid type identifier}}
"foo.op"() : () -> ! 

// == Aliases ==

// -----

// expected-error@+1 {{attribute names with a '.' are reserved for dialect-defined names}}
#foo.bar = 1 : i32

// -----

// expected-error@+1 {{expected '=' in attribute alias definition}}
#attr 1 : i32

// -----

#attr = 1 : i32
// expected-error@+1 {{redefinition of attribute alias id 'attr'}}
#attr = 2 : i32

// -----

// expected-error@+1 {{type names with a '.' are reserved for dialect-defined names}}
!foo.bar = i32

// -----

// expected-error@+1 {{expected '=' in type alias definition}}
!ty i32

// -----

!ty = i32
// expected-error@+1 {{redefinition of type alias id 'ty'}}
!ty = i64

// == File metadata ==

// -----

// expected-error@+1 {{expected identifier key in file metadata dictionary}}
{-# "key": {} #-}

// -----

// expected-error@+1 {{expected ':'}}
{-# dialect_resources {} #-}

// -----

// expected-error@+1 {{unknown key 'unknown_key' in file metadata dictionary}}
{-# unknown_key: {} #-}

// -----

// expected-error@+1 {{expected ',' or '#-}'}}
{-# dialect_resources: {} external_resources: {} #-}

// -----

// expected-error@+1 {{expected '{'}}
{-# dialect_resources: [] #-}

// -----

// expected-error@+1 {{expected identifier key for 'resource' entry}}
{-# dialect_resources: { "builtin": {} } #-}

// -----

{-# dialect_resources: { builtin: {
  // expected-error@+1 {{expected identifier key for 'resource' entry}}
  1: "0x04000000"
} } #-}

// -----

{-# dialect_resources: { builtin: {
  // expected-error@+1 {{expected hex string blob for key 'blob'}}
  blob: "not hex"
} } #-}

// -----

{-# dialect_resources: { builtin: {
  // expected-error@+1 {{expected hex string blob for key 'blob'}}
  blob: "0x01"
} } #-}

// -----

// expected-error@+1 {{expected ',' or '}'}}
{-# external_resources: { foo: { a: true b: false } } #-}

// -----

// expected-error@+1 {{expected ',' or '}'}}
{-# external_resources: { foo: { a: true } bar: {} } #-}

// == Operations ==

// -----

// expected-error@+1 {{expected operation name in quotes}}
42

// -----

"foo.op"() ({
  // expected-error@+1 {{expected operation name in quotes}}
  "foo.x"() : () -> () ) : () -> ()

// -----

// expected-error@+1 {{empty operation name is invalid}}
""() : () -> ()

// -----

// expected-error@+1 {{expected '=' after SSA name}}
%0 "foo.op"() : () -> i32

// -----

// expected-error@+1 {{expected valid ssa identifier}}
%0, = "foo.op"() : () -> (i32, i32)

// -----

// expected-error@+1 {{expected integer number of results}}
%0:x = "foo.op"() : () -> ()

// -----

// expected-error@+1 {{operation defines 1 results but was provided 2 to bind}}
%0:2 = "foo.op"() : () -> i32

// -----

// expected-error@+1 {{expected '(' to start operand list}}
"foo.op" : () -> ()

// -----

%0 = "foo.def"() : () -> i32
// expected-error@+1 {{expected ')' to end operand list}}
"foo.op"(%0 : (i32) -> ()

// -----

%0 = "foo.def"() : () -> i32
// expected-error@+1 {{expected SSA operand}}
"foo.op"(%0, 42) : (i32, i32) -> ()

// -----

"foo.op"() ({
^bb0:
  // expected-error@+1 {{expected block name}}
  "foo.br"()[42] : () -> ()
}) : () -> ()

// -----

// expected-error@+1 {{expected '>' to close properties}}
"foo.op"() <{a = 1 : i32} : () -> ()

// -----

// expected-error@+1 {{expected ')' to end region list}}
"foo.op"() ({ }, { } : () -> ()

// -----

// expected-error@+1 {{expected '{' to begin a region}}
"foo.op"() (42) : () -> ()

// -----

// expected-error@+1 {{expected ':' followed by operation type}}
"foo.op"() -> ()

// -----

// expected-error@+1 {{expected function type}}
"foo.op"() : i32

// -----

%0 = "foo.def"() : () -> i32
// expected-error@+1 {{but had 0}}
"foo.op"(%0) : () -> ()

// -----

%0 = "foo.def"() : () -> i32
// expected-error@+1 {{but had 1}}
"foo.op"(%0, %0) : (i32) -> ()

// -----

// expected-error@+1 {{custom op 'nosuchop' is unknown (tried 'builtin.nosuchop' as well)}}
nosuchop

// -----

// expected-error@+1 {{custom op 'builtin.nosuchop' is unknown}}
builtin.nosuchop

// -----

// expected-error@+1 {{Dialect `nosuchdialect' not found for custom op 'nosuchdialect.op' }}
nosuchdialect.op

// == SSA values ==

// -----

%0 = "foo.def"() : () -> i32
// expected-error@+1 {{invalid SSA value result number}}
"foo.op"(%0#x) : (i32) -> ()

// -----

%0 = "foo.def"() : () -> i32
// expected-error@+1 {{reference to invalid result number}}
"foo.op"(%0#1) : (i32) -> ()

// -----

// expected-note@+1 {{prior use here}}
%0 = "foo.def"() : () -> i32
// expected-error@+1 {{use of value '%0' expects different type than prior uses: 'i64' vs 'i32'}}
"foo.op"(%0) : (i64) -> ()

// -----

// expected-note@+1 {{prior use here}}
"foo.op"(%fwd) : (i32) -> ()
// expected-error@+1 {{use of value '%fwd' expects different type than prior uses: 'i64' vs 'i32'}}
"foo.op"(%fwd) : (i64) -> ()
%fwd = "foo.def"() : () -> i32

// -----

// expected-note@+1 {{previously used here with type}}
"foo.op"(%fwd) : (i32) -> ()
// expected-error@+1 {{definition of SSA value '%fwd#0' has type}}
%fwd = "foo.def"() : () -> i64

// -----

// expected-note@+1 {{previously defined here}}
%0 = "foo.def"() : () -> i32
// expected-error@+1 {{redefinition of SSA value '%0'}}
%0 = "foo.def"() : () -> i32

// -----

// expected-error@+1 {{use of undeclared SSA value name}}
"foo.op"(%undefined) : (i32) -> ()

// == Regions and blocks ==

// -----

"foo.op"() ({
^bb0:
  // expected-error@+1 {{reference to an undefined block}}
  "foo.br"()[^missing] : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
^bb0:
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.br"()[^bb1] : () -> ()
// expected-error@+1 {{redefinition of block '^bb1'}}
^bb1:
  "foo.br"()[^bb1] : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error@+1 {{expected ':' and type for SSA operand}}
^bb0(%a i32):
  "foo.return"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error@+1 {{expected ')'}}
^bb0(%a: i32 %b: i32):
  "foo.return"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error@+1 {{expected ':' after block name}}
^bb0 "foo.return"() : () -> ()
}) : () -> ()

// -----

// == Custom syntax of builtin operations ==

%0 = "foo.def"() : () -> i32
// expected-error@+1 {{expected 'to'}}
%1 = builtin.unrealized_conversion_cast %0 : i32 into i64

// -----

// expected-error@+1 {{expected '{' to begin a region}}
module @m attributes {foo.a} [
