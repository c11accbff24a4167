// expected-error@+1 {{this error is never emitted}}
"foo.op"() : () -> ()
