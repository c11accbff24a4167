// The subset of MLIR's PDLL that Dialectic compiles to C# (see TableGen/README.md, "PDLL patterns").
// The C# parser next to this file is generated from it: run TableGen/regenerate-pdll-parser.sh after editing.
grammar Pdll;

// ---------------------------------------------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------------------------------------------

module : declaration* EOF ;

declaration
    : patternDecl
    | constraintDecl
    | rewriteDecl
    ;

// `Constraint Name(args);` is implemented in C#. A body or a native code block parses, so that the generator can
// say that they are not supported rather than report a syntax error.
constraintDecl : CONSTRAINT IDENT LPAREN paramList? RPAREN (ARROW resultList)? declBody ;

// `Rewrite Name(args) -> Kind;` is implemented in C#.
rewriteDecl : REWRITE IDENT LPAREN paramList? RPAREN (ARROW resultList)? declBody ;

declBody
    : SEMI
    | CODE_BLOCK SEMI?
    | compoundStmt SEMI?
    | LAMBDA_ARROW expr SEMI
    ;

paramList : param (COMMA param)* ;

// Parameters of native functions are never referenced in PDLL, so they may be spelled like keywords (`op`).
param : paramName COLON constraintList ;

paramName : IDENT | keyword ;

resultList
    : constraintRef
    | LPAREN (constraintRef (COMMA constraintRef)*)? RPAREN
    ;

// `Pattern Name with benefit(N), recursion { ... }` or `Pattern Name => rewrite-statement`.
patternDecl : PATTERN IDENT? patternMetadata? (compoundStmt | LAMBDA_ARROW statement) ;

patternMetadata : WITH metadataItem (COMMA metadataItem)* ;

metadataItem : IDENT (LPAREN INT RPAREN)? ;

compoundStmt : LBRACE statement* RBRACE ;

statement
    : LET IDENT (COLON constraintList)? (EQUAL expr)? SEMI     # letStmt
    | ERASE expr SEMI                                          # eraseStmt
    | REPLACE expr WITH expr SEMI                              # replaceStmt
    | REWRITE_KW expr WITH compoundStmt SEMI                   # rewriteStmt
    | expr SEMI                                                # exprStmt
    ;

constraintList
    : constraintRef
    | LBRACK constraintRef (COMMA constraintRef)* RBRACK
    ;

constraintRef
    : ATTR_C (LT expr GT)?          # attrConstraint
    | OP_C (LT opName? GT)?         # opConstraint
    | TYPE_C                        # typeConstraint
    | TYPE_RANGE_C                  # typeRangeConstraint
    | VALUE_C (LT expr GT)?         # valueConstraint
    | VALUE_RANGE_C (LT expr GT)?   # valueRangeConstraint
    | IDENT                         # userConstraint
    ;

expr : primaryExpr (DOT memberName)* ;

memberName : IDENT | INT ;

primaryExpr
    : UNDERSCORE (COLON constraintList)?                                                # wildcardExpr
    | IDENT COLON constraintList                                                        # declExpr
    | IDENT LPAREN argList? RPAREN                                                      # callExpr
    | IDENT                                                                             # refExpr
    | OP (LT opName? GT)? (LPAREN argList? RPAREN)? attrDict? (ARROW LPAREN argList? RPAREN)?  # opExpr
    | ATTR LT STRING GT                                                                 # attrExpr
    | TYPE LT STRING GT                                                                 # typeExpr
    | LPAREN argList? RPAREN                                                            # tupleExpr
    ;

argList : expr (COMMA expr)* ;

attrDict : LBRACE (attrEntry (COMMA attrEntry)*)? RBRACE ;

attrEntry : attrName (EQUAL expr)? ;

attrName : IDENT | STRING | keyword ;

// `arith.addi`: dialect and mnemonic parts may be spelled like keywords (`scf.yield`, `foo.op`).
opName : opNamePart (DOT opNamePart)* ;

opNamePart : IDENT | keyword ;

keyword
    : PATTERN | CONSTRAINT | REWRITE | LET | ERASE | REPLACE | REWRITE_KW | WITH | OP | ATTR | TYPE
    | ATTR_C | OP_C | TYPE_C | TYPE_RANGE_C | VALUE_C | VALUE_RANGE_C
    ;

// ---------------------------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------------------------

PATTERN       : 'Pattern' ;
CONSTRAINT    : 'Constraint' ;
REWRITE       : 'Rewrite' ;
LET           : 'let' ;
ERASE         : 'erase' ;
REPLACE       : 'replace' ;
REWRITE_KW    : 'rewrite' ;
WITH          : 'with' ;
OP            : 'op' ;
ATTR          : 'attr' ;
TYPE          : 'type' ;
ATTR_C        : 'Attr' ;
OP_C          : 'Op' ;
TYPE_C        : 'Type' ;
TYPE_RANGE_C  : 'TypeRange' ;
VALUE_C       : 'Value' ;
VALUE_RANGE_C : 'ValueRange' ;

LAMBDA_ARROW : '=>' ;
ARROW        : '->' ;
LPAREN       : '(' ;
RPAREN       : ')' ;
LBRACE       : '{' ;
RBRACE       : '}' ;
LBRACK       : '[' ;
RBRACK       : ']' ;
LT           : '<' ;
GT           : '>' ;
COMMA        : ',' ;
COLON        : ':' ;
SEMI         : ';' ;
DOT          : '.' ;
EQUAL        : '=' ;

CODE_BLOCK : '[{' .*? '}]' ;

UNDERSCORE : '_' ;
IDENT      : [a-zA-Z_] [a-zA-Z0-9_$]* ;
INT        : [0-9]+ ;
STRING     : '"' ( ~["\\\r\n] | '\\' . )* '"' ;

LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;
WS           : [ \t\r\n]+ -> skip ;
