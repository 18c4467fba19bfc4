// Owned by the channels work (issue 3). Placeholder types so the runtime builds.

/// All channels of a run (`hchan`s), indexed by channel id.
public struct ChanTable: Sendable {
    public init() {}
}

/// Channel events carried in `Event.kind` as `.chan(ChanEvent)`.
public enum ChanEvent: Sendable, Hashable {}

/// What the Channels pane draws for one channel.
public struct ChanSnapshot: Sendable, Hashable {}
