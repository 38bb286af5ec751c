// The index target; see IndexedCorpus.swift.
