import DebriefCore

/// What the Playbook view's keys do.
public enum PlaybookAction: Sendable, Hashable {
    /// j/k, PgDn/PgUp, g/G, in the list or in the merge target list.
    case move(ListMove)
    /// Start choosing another entry to merge the selected one into.
    case startMerge
    /// Merge the selected entry as its first duplicate suggestion says.
    case acceptSuggestion
    /// Say the selected entry and its suggested duplicate are different practices.
    case keepApart
    case startRename
    /// Undo the selected entry's merges and renames.
    case split
    /// Finish a merge or rename (Enter); cancel it (Esc).
    case confirm, cancel
}

/// The Playbook view's state: the grouped entries, the curation they were grouped with, the
/// selection, and a merge or rename in progress. Curation changes come back as
/// `ArchiveRequest.savePlaybookCuration` and are applied here at once, so the list shows the
/// result while the app writes it; `saveFinished` then takes the revision written, and a refused
/// save puts back the curation on disk (`load`), so the screen never shows an unsaved change.
public struct PlaybookViewState: Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        case browsing
        /// Choosing the entry to merge `sourceID` into; `targets` are the other entries' ids.
        case merging(sourceID: String, targets: [String], selection: ListSelection)
        case renaming(entryID: String, field: TextEditor)
    }

    public private(set) var reviews: [Review] = []
    public private(set) var deals: [Deal] = []
    public private(set) var curation: PlaybookCuration = .empty
    public private(set) var playbook = Playbook(reviews: [], deals: [])
    public var selection = ListSelection()
    public private(set) var mode: Mode = .browsing
    /// What the last key did, for the status line; the app takes it (`AppState.notice`).
    public internal(set) var notice: Notice?

    public init() {}

    public mutating func load(reviews: [Review], deals: [Deal], curation: PlaybookCuration) {
        self.reviews = reviews
        self.deals = deals
        apply(curation: curation)
        mode = .browsing
    }

    /// The save of `saved` went through: the next change starts from the revision it wrote, so
    /// it is not refused as a conflict with this session's own save.
    public mutating func saveFinished(_ saved: PlaybookCuration) {
        guard saved.entryNames == curation.entryNames, saved.keptApart == curation.keptApart else { return }
        curation = saved
    }

    /// The new name being typed, while renaming.
    public var renameText: String? {
        if case .renaming(_, let field) = mode { return field.text }
        return nil
    }

    public var selectedEntry: PlaybookEntry? {
        guard let index = selection.selected, playbook.entries.indices.contains(index) else { return nil }
        return playbook.entries[index]
    }

    /// Routes a key: the mode's keys, typed text while renaming, else the view's keys.
    public mutating func handle(_ key: Key, visibleRows: Int, keymap: Keymap = PlaybookViewState.defaultKeymap) -> ArchiveRequest? {
        if case .renaming(let id, var field) = mode, action(for: key, keymap: keymap) == nil {
            // The shared one-line editing keys (arrows, Home/End, Ctrl-W…), as in every other field.
            guard let command = TextEditor.Command(key: key, multiLine: false) else { return nil }
            field.apply(command)
            mode = .renaming(entryID: id, field: field)
            return nil
        }
        guard let action = action(for: key, keymap: keymap) else { return nil }
        return apply(action, visibleRows: visibleRows)
    }

    public mutating func apply(_ action: PlaybookAction, visibleRows: Int) -> ArchiveRequest? {
        if case .merging(let source, let targets, var choice) = mode {
            switch action {
            case .move(let move): choice.move(move, count: targets.count, visibleRows: visibleRows)
            case .confirm:
                mode = .browsing
                guard let index = choice.selected, targets.indices.contains(index),
                      let from = playbook.entry(id: source), let into = playbook.entry(id: targets[index]) else { return nil }
                return save(curation.merging(from, into: into), select: into.title, saying: Self.merged(from, into: into))
            case .cancel:
                mode = .browsing
                notice = .init(.info, "Merge cancelled; nothing changed.")
            default: break
            }
            if case .merging = mode { mode = .merging(sourceID: source, targets: targets, selection: choice) }
            return nil
        }
        if case .renaming(let id, let field) = mode {
            mode = .browsing
            let text = field.text
            guard action == .confirm, let entry = playbook.entry(id: id) else {
                notice = .init(.info, "Rename cancelled; nothing changed.")
                return nil
            }
            let name = text.trimmingCharacters(in: .whitespaces)
            guard let renamed = curation.renaming(entry, to: text) else {
                notice = .init(.info, "Not renamed: a name needs a word in it.")
                return nil
            }
            return save(renamed, select: name, saying: "Renamed \(Self.quoted(entry.title)) to \(Self.quoted(name)) (u undoes).")
        }
        let count = playbook.entries.count
        switch action {
        case .move(let move): selection.move(move, count: count, visibleRows: visibleRows)
        case .startMerge:
            guard let entry = selectedEntry, count > 1 else {
                notice = .init(.info, count == 1 ? "Nothing to merge into: the playbook has one entry." : "The playbook is empty: nothing to merge.")
                return nil
            }
            let targets = playbook.entries.map(\.id).filter { $0 != entry.id }
            let suggested = playbook.suggestions(for: entry.id).first.map { $0.entryId == entry.id ? $0.intoEntryId : $0.entryId }
            let start = suggested.flatMap { targets.firstIndex(of: $0) } ?? 0
            mode = .merging(sourceID: entry.id, targets: targets, selection: ListSelection(selected: start))
        case .acceptSuggestion:
            guard let entry = selectedEntry, let suggestion = playbook.suggestions(for: entry.id).first,
                  let from = playbook.entry(id: suggestion.entryId), let into = playbook.entry(id: suggestion.intoEntryId) else {
                noDuplicateSuggested()
                return nil
            }
            return save(curation.merging(from, into: into), select: into.title, saying: Self.merged(from, into: into))
        case .keepApart:
            guard let entry = selectedEntry, let suggestion = playbook.suggestions(for: entry.id).first,
                  let a = playbook.entry(id: suggestion.entryId), let b = playbook.entry(id: suggestion.intoEntryId) else {
                noDuplicateSuggested()
                return nil
            }
            return save(curation.keepingApart(a, b), select: entry.title,
                        saying: "Kept \(Self.quoted(a.title)) and \(Self.quoted(b.title)) apart: no longer suggested as duplicates.")
        case .startRename:
            guard let entry = selectedEntry else { return nil }
            mode = .renaming(entryID: entry.id, field: TextEditor(text: entry.title, wrapWidth: Self.renameWrapWidth, visibleRows: 1))
        case .split:
            guard let entry = selectedEntry, entry.isCurated else {
                if let entry = selectedEntry { notice = .init(.info, "\(Self.quoted(entry.title)) has no merges or renames to undo.") }
                return nil
            }
            return save(curation.splitting(entry), select: entry.wordings.first ?? entry.title,
                        saying: "Undid the merges and renames of \(Self.quoted(entry.title)).")
        case .confirm, .cancel: break
        }
        return nil
    }

    /// Selects a row of the list shown (the merge targets while merging): a click.
    public mutating func select(row: Int) {
        if case .merging(let source, let targets, var choice) = mode {
            choice.select(row, count: targets.count)
            mode = .merging(sourceID: source, targets: targets, selection: choice)
        } else if case .browsing = mode {
            selection.select(row, count: playbook.entries.count)
        }
    }

    private mutating func noDuplicateSuggested() {
        guard let entry = selectedEntry else { return }
        notice = .init(.info, "No duplicate is suggested for \(Self.quoted(entry.title)); m merges it into any entry.")
    }

    static func merged(_ from: PlaybookEntry, into: PlaybookEntry) -> String {
        "Merged \(quoted(from.title, width: 22)) into \(quoted(into.title, width: 22)) (u on it undoes)."
    }

    /// An entry's title in a notice: quoted, and short enough to leave room for what happened.
    static func quoted(_ title: String, width: Int = 26) -> String {
        "\"" + DisplayWidth.truncate(DisplaySanitizer.singleLine.sanitize(title), toWidth: width) + "\""
    }

    private mutating func save(_ changed: PlaybookCuration, select title: String, saying message: String) -> ArchiveRequest? {
        guard changed != curation else {
            notice = .init(.info, "Nothing changed: the playbook already reads that way.")
            return nil
        }
        notice = .init(.info, message)
        apply(curation: changed)
        let key = PhraseKey.normalize(title)
        if let row = playbook.entries.firstIndex(where: { $0.id == key || $0.titleKeys.contains(key) }) {
            selection.select(row, count: playbook.entries.count)
        }
        return .savePlaybookCuration(changed)
    }

    private mutating func apply(curation: PlaybookCuration) {
        let selectedID = selectedEntry?.id
        self.curation = curation
        playbook = Playbook(reviews: reviews, deals: deals, curation: curation)
        selection.clamp(count: playbook.entries.count)
        if let selectedID, let row = playbook.entries.firstIndex(where: { $0.id == selectedID }) {
            selection.select(row, count: playbook.entries.count)
        }
    }

    /// Names are one line: wide enough that the editor never wraps one.
    static let renameWrapWidth = 1_000

    typealias Row = KeyCommands<PlaybookAction>.Row

    /// The view's keys, and those of a merge or rename under way.
    public static let keyTable = KeyCommands<PlaybookAction>([
        Row(.playbook, "next", [.char("j"), .down], .move(.down), "next entry", hint: "move"),
        Row(.playbook, "previous", [.char("k"), .up], .move(.up), "previous entry"),
        Row(.playbook, "page-down", [.pageDown], .move(.pageDown), "page down"),
        Row(.playbook, "page-up", [.pageUp], .move(.pageUp), "page up"),
        Row(.playbook, "first", [.char("g"), .home], .move(.first), "first entry"),
        Row(.playbook, "last", [.char("G"), .end], .move(.last), "last entry"),
        Row(.playbook, "merge", [.char("m")], .startMerge, "merge this entry into another (choose it, Enter)", hint: "merge"),
        Row(.playbook, "accept-duplicate", [.char("a")], .acceptSuggestion, "accept the suggested duplicate: merge the two", hint: "accept dup"),
        Row(.playbook, "not-duplicate", [.char("d")], .keepApart, "not a duplicate: stop suggesting this pair", hint: "not dup"),
        Row(.playbook, "rename", [.char("R")], .startRename, "rename this entry", hint: "rename"),
        Row(.playbook, "undo-merges", [.char("u")], .split, "undo this entry's merges and renames"),
        Row(.playbookMerge, "next", [.char("j"), .down], .move(.down), "next entry to merge into", hint: "choose", hintKeys: .pairedWith("previous")),
        Row(.playbookMerge, "previous", [.char("k"), .up], .move(.up), "previous entry"),
        Row(.playbookMerge, "page-down", [.pageDown], .move(.pageDown), "page down"),
        Row(.playbookMerge, "page-up", [.pageUp], .move(.pageUp), "page up"),
        Row(.playbookMerge, "first", [.char("g"), .home], .move(.first), "first entry"),
        Row(.playbookMerge, "last", [.char("G"), .end], .move(.last), "last entry"),
        Row(.playbookMerge, "merge", [.enter], .confirm, "merge into the chosen entry", hint: "merge"),
        Row(.playbookMerge, "cancel", [.escape], .cancel, "cancel the merge", hint: "cancel"),
        Row(.playbookRename, "rename", [.enter], .confirm, "rename the entry to the text typed", hint: "rename"),
        Row(.playbookRename, "cancel", [.escape], .cancel, "cancel the rename", hint: "cancel"),
    ])

    /// The key context of the view's mode.
    public var keyContext: KeyContext {
        switch mode {
        case .browsing: .playbook
        case .merging: .playbookMerge
        case .renaming: .playbookRename
        }
    }

    /// The action `key` means now (the mode's keys first, then the view's), or nil when the view
    /// does not use the key. While a name is typed, unbound keys are text (see `handle`).
    public func action(for key: Key, keymap: Keymap) -> PlaybookAction? {
        if let action = Self.keyTable.action(for: key, in: keyContext, keymap: keymap) { return action }
        if case .renaming = mode { return nil }
        return Self.keyTable.action(for: key, in: .playbook, keymap: keymap)
    }

    /// Whether the view takes `key` now (a rename being typed takes every key).
    public func takes(_ key: Key, keymap: Keymap) -> Bool {
        if case .renaming = mode { return true }
        return action(for: key, keymap: keymap) != nil
    }
}

extension PlaybookViewState {
    /// The view's own keys and its forms', for callers that pass no keymap; the app passes its own.
    public static let defaultKeymap = Keymap(bindings: keyTable.bindings + FormKeys.commands.bindings)
}
