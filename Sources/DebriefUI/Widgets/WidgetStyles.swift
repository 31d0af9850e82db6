/// The styles widgets draw with. A plain struct so a theme can fill it role by role; the default
/// (`monochrome`) uses attributes only, so every widget is readable without colour.
public struct WidgetStyles: Sendable, Hashable {
    public var text: Style
    public var muted: Style
    public var border: Style
    public var focusedBorder: Style
    public var title: Style
    /// Table and list column headings.
    public var header: Style
    public var selection: Style
    public var statusBar: Style
    /// The mode name at the left of the status bar.
    public var statusMode: Style
    public var keyHint: Style
    /// Background of popups, dialogs and the help overlay.
    public var popup: Style
    public var helpKey: Style
    public var helpSection: Style
    public var input: Style
    public var chartBar: Style
    public var sparkline: Style
    public var warning: Style
    public var error: Style

    public init(
        text: Style = .plain,
        muted: Style = Style(attributes: [.dim]),
        border: Style = .plain,
        focusedBorder: Style = Style(attributes: [.bold]),
        title: Style = Style(attributes: [.bold]),
        header: Style = Style(attributes: [.bold, .underline]),
        selection: Style = Style(attributes: [.reverse]),
        statusBar: Style = Style(attributes: [.reverse]),
        statusMode: Style = Style(attributes: [.reverse, .bold]),
        keyHint: Style = Style(attributes: [.reverse, .bold]),
        popup: Style = .plain,
        helpKey: Style = Style(attributes: [.bold]),
        helpSection: Style = Style(attributes: [.bold, .underline]),
        input: Style = Style(attributes: [.underline]),
        chartBar: Style = .plain,
        sparkline: Style = .plain,
        warning: Style = Style(attributes: [.bold]),
        error: Style = Style(attributes: [.bold])
    ) {
        self.text = text
        self.muted = muted
        self.border = border
        self.focusedBorder = focusedBorder
        self.title = title
        self.header = header
        self.selection = selection
        self.statusBar = statusBar
        self.statusMode = statusMode
        self.keyHint = keyHint
        self.popup = popup
        self.helpKey = helpKey
        self.helpSection = helpSection
        self.input = input
        self.chartBar = chartBar
        self.sparkline = sparkline
        self.warning = warning
        self.error = error
    }

    /// Attributes only: what NO_COLOR and colourless terminals get, and the default in tests.
    public static let monochrome = WidgetStyles()
}
