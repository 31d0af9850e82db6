/// The board's `/` search while it is being typed: applied live, restored on Esc.
public struct SearchField: Sendable, Hashable {
    public var editor: TextEditor
    /// The search in force before typing began, for Esc.
    public var previous: String

    public init(previous: String) {
        self.previous = previous
        editor = TextEditor(text: previous, wrapWidth: 200, visibleRows: 1)
        editor.apply(.documentEnd)
    }
}
