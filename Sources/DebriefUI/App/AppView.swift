/// The app's top-level views. (The placeholder home view comes first; the board and the rest
/// join as their issues land.)
public enum AppView: String, Sendable, Hashable, CaseIterable {
    case home

    public var title: String {
        switch self {
        case .home: "Home"
        }
    }
}

/// An overlay drawn over the current view; Esc closes it.
public enum Overlay: Sendable, Hashable {
    case help
}
