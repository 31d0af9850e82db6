import Foundation

/// The one road for telling the user what happened: set by `update`, drawn on the status line
/// (the app's, or prep's), gone on the next key or, for info and warnings, a few seconds later.
public struct Notice: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, warning, error }
    public var kind: Kind
    public var text: String
    /// The first tick it was on screen at: its lifetime counts from there.
    public var shownSince: Date?

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// How long it stays without a key. A warning or an error stays until a key, so a problem
    /// (a failed save, a theme that does not exist) is not missed by someone who looked away.
    public var lifetime: TimeInterval? {
        switch kind {
        case .info: 4
        case .warning, .error: nil
        }
    }

    /// Whether it has been on screen long enough to go at `date`.
    func hasExpired(at date: Date) -> Bool {
        guard let since = shownSince, let lifetime else { return false }
        return date.timeIntervalSince(since) >= lifetime
    }
}

extension Notice.Kind {
    /// How a notice of this kind is drawn.
    var role: ThemeRole {
        switch self {
        case .info: .statusOK
        case .warning: .statusWarning
        case .error: .statusError
        }
    }
}
