import Testing
@testable import DebriefCore

/// A batched save runs its writers through `BlockingWorkers`; each result holds records and open files.
@Suite struct BlockingWorkersTests {
    final class Payload: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    final class WeakBox: @unchecked Sendable {
        weak var payload: Payload?
    }

    @Test func resultsAreFreedOnceTheCallerLetsThemGo() {
        let boxes = (0..<200).map { _ in WeakBox() }
        do {
            let results = BlockingWorkers.map(Array(0..<200), threads: 4) { index -> Payload in
                let payload = Payload(index)
                boxes[index].payload = payload
                return payload
            }
            #expect(results.map(\.value) == Array(0..<200))
        }
        // Before: the worker buffer kept its own copy of every result, so none was ever freed (at a
        // million imported deals, about 500 MB).
        #expect(boxes.allSatisfy { $0.payload == nil })
    }
}
