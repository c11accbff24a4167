// Accepted spellings, as mlir-opt's: one or two dashes, values after '=' or as the next argument for options that
// require one, LLVM's boolean spellings, '--' ending the flags, '-' for standard input, and --help as soon as it
// is read (earlier errors are printed, the exit code is 0).
// RUN: dialectic-opt --allow-unregistered-dialect=TRUE -o - %s | FileCheck %s
// RUN: dialectic-opt -allow-unregistered-dialect=1 --o=- -- %s | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --output-split-marker XX --split-input-file %s | FileCheck %s --check-prefix=SPLIT
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-elide-elementsattrs-if-larger 0x10 --verify-each=False - < %s | FileCheck %s
// RUN: not dialectic-opt --allow-unregistered-dialect=False %s 2>&1 | FileCheck %s --check-prefix=NOTALLOWED
// RUN: dialectic-opt --bogus --help 2>&1 | FileCheck %s --check-prefix=HELP

// CHECK: "foo.op"() : () -> ()
// CHECK: "foo.other"() : () -> ()

// SPLIT: "foo.op"() : () -> ()
// SPLIT: {{^}}XX{{$}}
// SPLIT-NEXT: module {
// SPLIT-NEXT: "foo.other"() : () -> ()

// NOTALLOWED: error: operation being parsed with an unregistered dialect

// HELP: dialectic-opt: Unknown command line argument '--bogus'.  Try: 'dialectic-opt --help'
// HELP: USAGE: dialectic-opt [options] <input file>

"foo.op"() : () -> ()

// -----

"foo.other"() : () -> ()
