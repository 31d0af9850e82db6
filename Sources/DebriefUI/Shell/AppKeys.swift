/// The app's own key tables: keys that work everywhere, in every view, and in the board's overlays.
enum AppKeys {
    typealias Row = KeyCommands<Action>.Row

    static let commands = KeyCommands<Action>([
        Row(.global, "help", [.char("?"), .function(1)], .toggleHelp, "show or hide this help", hint: "help", hintKeys: .first),
        Row(.global, "quit", [.ctrl("c")], .quit, "save and quit from anywhere"),
        Row(.global, "reload", [.ctrl("r")], .reload, "reload data from disk"),
    ] + AppView.allCases.map { view in
        Row(.global, "view-\(view.rawValue)", [.char(Character(String(view.number)))], .showView(view), "go to the \(view.title.lowercased())")
    } + [
        Row(.views, "back", [.char("q")], .back, "back; quit from the top level", hint: "quit"),
        Row(.views, "sync", [.char("S")], .syncNow, "sync with the team now (git)"),
        Row(.views, "conflicts", [.char("C")], .openConflicts, "choose values a sync could not merge"),
    ])

    static let overlayCommands = KeyCommands<Action>([
        Row(.help, "close", [.escape, .char("q"), .char("?")], .closeOverlay, "close help", hint: "close"),
        Row(.help, "down", [.char("j"), .down], .scrollDown, "scroll down", hint: "scroll"),
        Row(.help, "up", [.char("k"), .up], .scrollUp, "scroll up"),
        Row(.help, "page-down", [.pageDown, .char(" ")], .pageDown, "page down"),
        Row(.help, "page-up", [.pageUp], .pageUp, "page up"),
        Row(.help, "top", [.char("g"), .home], .scrollToTop, "to the top"),
        Row(.help, "bottom", [.char("G"), .end], .scrollToBottom, "to the bottom"),
        Row(.deal, "close", [.escape, .char("q")], .closeOverlay, "close the deal", hint: "close"),
        Row(.filterPicker, "choose", [.enter], .confirm, "choose", hint: "choose"),
        Row(.filterPicker, "next", [.char("j"), .down], .scrollDown, "next", hint: "move"),
        Row(.filterPicker, "previous", [.char("k"), .up], .scrollUp, "previous"),
        Row(.filterPicker, "cancel", [.escape, .char("q")], .closeOverlay, "cancel", hint: "cancel"),
        Row(.boardSearch, "keep", [.enter], .confirm, "keep this search", hint: "keep"),
        Row(.boardSearch, "cancel", [.escape], .closeOverlay, "cancel the search", hint: "cancel"),
        Row(.recovery, "restore", [.char("r")], .restoreRecovered, "put the recovered text back and save it", hint: "restore"),
        Row(.recovery, "discard", [.char("d")], .discardRecovered, "throw the recovered text away", hint: "discard"),
        Row(.recovery, "later", [.escape], .closeOverlay, "decide later (asked again next start)", hint: "later"),
        Row(.conflicts, "keep", [.char("1")], .chooseConflict(.kept), "keep the value in the record", hint: "keep"),
        Row(.conflicts, "take-other", [.char("2")], .chooseConflict(.other), "take the other machine's value", hint: "take other"),
        Row(.conflicts, "next", [.char("j"), .down], .scrollDown, "next conflict", hint: "move"),
        Row(.conflicts, "previous", [.char("k"), .up], .scrollUp, "previous conflict"),
        Row(.conflicts, "later", [.escape, .char("q")], .closeOverlay, "choose later (the conflicts stay)", hint: "later"),
    ])

    /// Every typed action of the app's own contexts, by name.
    static func action(named name: String, in context: KeyContext) -> Action? {
        commands.action(named: name, in: context) ?? overlayCommands.action(named: name, in: context)
            ?? BoardKeys.commands.action(named: name, in: context).map(Action.init)
    }
}
