/// Where a key goes, innermost first: the focused component (an open form or prompt, a field
/// being typed, an overlay, the session), then its parents (the view), then the global keys.
/// A layer that does not take a key passes it on; a modal one (a form, a search being typed)
/// keeps every key, so typed letters never reach commands.
enum FocusLayer: Sendable, Equatable {
    case prep
    case session
    /// The brief beside a session's questions (F2), when open, and the key that opens it.
    case sessionBrief
    /// The help overlay; over a session, any key it does not bind closes it.
    case help(closesOnOtherKeys: Bool)
    case recovery
    case dealDetail
    case filterPicker
    case boardSearch
    case dealForm
    case conflicts
    /// A view, in its current mode (a search or rename being typed, a merge, a comparison).
    case view(AppView)
    /// Keys of every view: back/quit, sync, conflicts.
    case views
    /// Keys that work everywhere; `only` limits them (over a session, only help works).
    case global(only: Set<String>?)
}

extension AppState {
    /// The focus chain for the current state, innermost first.
    var focusChain: [FocusLayer] {
        if prep != nil { return overlay == .recovery ? [.recovery] : [.prep] }
        if session != nil { return overlay == .help ? [.help(closesOnOtherKeys: true)] : [.sessionBrief, .session, .global(only: ["help"])] }
        return switch overlay {
        case .help: [.help(closesOnOtherKeys: false), .global(only: nil)]
        case .recovery: [.recovery]
        case .dealDetail: [.dealDetail, .global(only: nil)]
        case .picker: [.filterPicker, .global(only: nil)]
        case .search: [.boardSearch]
        case .dealForm: [.dealForm]
        // Global keys too: Ctrl-R reloads after a refusal; 1 and 2 are the chooser's own.
        case .conflicts: [.conflicts, .global(only: nil)]
        case nil: [.view(view), .views, .global(only: nil)]
        }
    }

    /// The key context a layer looks its keys up in.
    func keyContext(of layer: FocusLayer) -> KeyContext {
        switch layer {
        case .prep: prep?.isEditing == true ? .prepAnswer : .prep
        case .session: session?.keyContext ?? .session
        case .sessionBrief: sessionBrief != nil ? .brief : session?.keyContext ?? .session
        case .help: .help
        case .recovery: .recovery
        case .dealDetail: .deal
        case .filterPicker: .filterPicker
        case .boardSearch: .boardSearch
        case .dealForm: .form
        case .conflicts: .conflicts
        case .view(let view): archive.keyContext(for: view)
        case .views: .views
        case .global: .global
        }
    }

    /// The contexts whose keys the status bar shows now. A view in the middle of something (a
    /// search, a rename, a merge, a comparison) shows only the keys that finish or cancel it.
    var statusKeyContexts: [KeyContext] {
        if overlay == nil, archive.keyContext(for: view) != view.keyContext { return [archive.keyContext(for: view)] }
        return focusChain.map { keyContext(of: $0) }
    }

    /// What help lists, the focused view's keys first: its own contexts (and their modes and
    /// overlays), then the general keys, then the help overlay's own keys and the rarer dialogs.
    var helpKeyContexts: [KeyContext] {
        var contexts: [KeyContext]
        if let session {
            contexts = (sessionBrief != nil ? [.brief] : []) + [session.keyContext, .session, .brief, .note, .finish, .form, .summary, .global, .help]
        } else {
            contexts = [archive.keyContext(for: view)] + view.keyContexts + [.global, .views, .help, .conflicts, .recovery]
        }
        var seen = Set<KeyContext>()
        contexts = contexts.filter { seen.insert($0).inserted }
        return contexts
    }
}

extension AppView {
    /// The view's key context when it is in its usual mode.
    public var keyContext: KeyContext {
        switch self {
        case .board: .board
        case .reviews: .reviews
        case .actions: .actionItems
        case .playbook: .playbook
        case .patterns: .patterns
        case .queue: .queue
        }
    }

    /// The view's own contexts and those of the modes and overlays it opens, for help.
    public var keyContexts: [KeyContext] {
        switch self {
        case .board: [.board, .boardSearch, .deal, .filterPicker, .form]
        case .reviews: [.reviews, .reviewsSearch, .compare]
        case .actions: [.actionItems]
        case .playbook: [.playbook, .playbookMerge, .playbookRename]
        case .patterns: [.patterns]
        case .queue: [.queue, .queueSchedule, .brief]
        }
    }
}

extension ArchiveViews {
    /// The key context of a view in its current mode (a search, a rename, a merge, a comparison).
    func keyContext(for view: AppView) -> KeyContext {
        switch view {
        case .board: .board
        case .reviews: reviews.keyContext
        case .actions: .actionItems
        case .playbook: playbook.keyContext
        case .patterns: .patterns
        case .queue: queue.keyContext
        }
    }
}
