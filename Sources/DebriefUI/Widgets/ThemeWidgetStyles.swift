extension Theme {
    /// The widget styles this theme gives, so widgets never look roles up themselves.
    public var widgetStyles: WidgetStyles {
        WidgetStyles(
            text: style(.text), muted: style(.textMuted), border: style(.border), focusedBorder: style(.borderFocused),
            title: style(.title), header: style(.title), selection: style(.selection), statusBar: style(.statusBar),
            statusMode: style(.statusBarKey), keyHint: style(.statusBarKey), popup: style(.popup),
            helpKey: style(.helpKey), helpSection: style(.helpSection), input: style(.input),
            chartBar: style(.chartBar), sparkline: style(.chartSparkline), warning: style(.statusWarning), error: style(.statusError)
        )
    }
}
