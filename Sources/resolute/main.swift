#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// A closed pipe (`resolute list | head -1`) must end the program quietly: with SIGPIPE ignored, writes fail with
// EPIPE and `Output` exits with status 0 instead of the process being killed.
signal(SIGPIPE, SIG_IGN)
Resolute.main()
