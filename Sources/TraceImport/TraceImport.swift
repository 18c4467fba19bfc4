// TraceImport: real Go GODEBUG traces → frames. See docs/trace-import.md.
