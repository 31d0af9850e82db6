import Foundation

/// The reviews of a data directory as loaded: either decoded, or (from the record index) only
/// summarised until someone needs them whole. The board's first frame needs only each review's
/// deal and status; a session, the archive views or a save need the full reviews, and get them on
/// first use, decoded once.
public struct LoadedReviews: Sendable, Equatable {
    private var decoded: [Review]?
    private var deferred: DecodeOnce<[Review]>?
    private var deferredHeadlines: [ReviewHeadline] = []

    public init(_ reviews: [Review] = []) {
        decoded = reviews
    }

    /// Reviews summarised now and decoded by `decode` on first use.
    init(headlines: [ReviewHeadline], decode: DecodeOnce<[Review]>) {
        deferred = decode
        deferredHeadlines = headlines
    }

    /// Every review, in load order (decoded now if it was not yet).
    public var all: [Review] {
        get { decoded ?? deferred!.value }
        set {
            decoded = newValue
            deferred = nil
            deferredHeadlines = []
        }
        _modify {
            if decoded == nil { decoded = deferred!.value }
            deferred = nil
            deferredHeadlines = []
            yield &decoded!
        }
    }

    /// Each review's id, deal and status, in the same order as `all`, without decoding the rest.
    public var headlines: [ReviewHeadline] {
        if let decoded { return decoded.map(ReviewHeadline.init) }
        return deferredHeadlines
    }

    /// Whether the full reviews have been decoded (or were given whole).
    public var isDecoded: Bool { decoded != nil || deferred?.isDone == true }

    /// Decodes the full reviews on another thread, so they are ready by the time someone asks.
    public func decodeInBackground() {
        guard decoded == nil, let deferred else { return }
        DispatchQueue.global(qos: .utility).async { _ = deferred.value }
    }

    public static func == (a: LoadedReviews, b: LoadedReviews) -> Bool {
        a.all == b.all
    }
}
