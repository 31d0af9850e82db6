/// The board's key bindings, part of the app's one keymap table.
enum BoardKeys {
    static let bindings: [KeyBinding] = {
        let here: [KeyContext] = [.view(.board)]
        func bind(_ keys: [Key], _ action: Action, _ description: String, hint: String? = nil) -> KeyBinding {
            KeyBinding(keys, action, description, section: "Board", contexts: here, hint: hint)
        }
        return [
            bind([.char("j"), .down], .board(.moveDown), "next deal", hint: "move"),
            bind([.char("k"), .up], .board(.moveUp), "previous deal"),
            bind([.tab, .char("l"), .right], .board(.focusNextColumn), "other column (won / lost)", hint: "column"),
            bind([.backTab, .char("h"), .left], .board(.focusPreviousColumn), "other column"),
            bind([.char("g"), .home], .board(.top), "first deal"),
            bind([.char("G"), .end], .board(.bottom), "last deal"),
            bind([.pageDown], .board(.pageDown), "page down"),
            bind([.pageUp], .board(.pageUp), "page up"),
            bind([.enter], .openDeal, "review the deal: resume its open review or start one", hint: "review"),
            bind([.char("i"), .char(" ")], .showDeal, "the deal's facts and reviews", hint: "info"),
            bind([.char("/")], .startSearch, "search account, deal, rep, competitor, reasons", hint: "search"),
            bind([.char("n")], .board(.nextMatch), "next match (across both columns)"),
            bind([.char("N")], .board(.previousMatch), "previous match"),
            bind([.char("p")], .board(.cyclePeriod), "period: 30/90/180/365 days, quarter, all", hint: "period"),
            bind([.char("r")], .pick(.rep), "filter by rep", hint: "rep"),
            bind([.char("t")], .pick(.segment), "filter by segment / type"),
            bind([.char("c")], .pick(.competitor), "filter by competitor"),
            bind([.char("o")], .board(.toggleSort), "sort by close date or amount", hint: "sort"),
            bind([.char("x")], .board(.clearFilters), "clear rep, segment, competitor and search", hint: "clear"),
            bind([.char("a")], .newDeal, "add a deal", hint: "add"),
            bind([.char("e")], .editDeal, "edit the selected deal"),
        ]
    }()
}
