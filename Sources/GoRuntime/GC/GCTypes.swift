// Owned by the collector work (issue 4). Placeholder types so the runtime builds.

/// `gcphase`, work buffers, pacer (`gcController`), sweep state.
public struct GCState: Sendable {
    public init() {}
}

public enum GCEvent: Sendable, Hashable {}

public struct GCSnapshot: Sendable, Hashable {}
