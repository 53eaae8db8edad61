import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useLoad } from "./useLoad";

/** A call the test answers when it wants (so answers can arrive in any order). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe("useLoad", () => {
  it("ignores a late answer for the previous selection", async () => {
    const calls: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() };
    const { result, rerender } = renderHook(({ key }) => useLoad(() => calls[key].promise, [key]), { initialProps: { key: "a" } });
    rerender({ key: "b" });
    await act(async () => calls.b.resolve("plan of b"));
    expect(result.current.data).toBe("plan of b");
    await act(async () => calls.a.resolve("plan of a")); // the slow answer for the team the user left
    expect(result.current.data).toBe("plan of b");
  });

  it("ignores a late failure for the previous selection", async () => {
    const calls: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() };
    const { result, rerender } = renderHook(({ key }) => useLoad(() => calls[key].promise, [key]), { initialProps: { key: "a" } });
    rerender({ key: "b" });
    expect(result.current.data).toBeNull();
    await act(async () => calls.a.reject(new Error("late")));
    expect(result.current.error).toBeNull();
    await act(async () => calls.b.reject(new Error("offline")));
    expect((result.current.error as Error).message).toBe("offline");
  });

  it("shows nothing of the old keys while the new ones load", async () => {
    const calls: Record<string, ReturnType<typeof deferred<string>>> = { a: deferred(), b: deferred() };
    const { result, rerender } = renderHook(({ key }) => useLoad(() => calls[key].promise, [key]), { initialProps: { key: "a" } });
    await act(async () => calls.a.resolve("plan of a"));
    expect(result.current.data).toBe("plan of a");
    rerender({ key: "b" });
    expect(result.current.data).toBeNull();
    await act(async () => calls.b.resolve("plan of b"));
    expect(result.current.data).toBe("plan of b");
  });

  it("keeps what is shown while reloading, and the newest of two reloads wins", async () => {
    const answers: ReturnType<typeof deferred<number>>[] = [];
    const { result } = renderHook(() => useLoad(() => { const next = deferred<number>(); answers.push(next); return next.promise; }, []));
    await act(async () => answers[0].resolve(1));
    expect(result.current.data).toBe(1);
    let first!: Promise<void>;
    let second!: Promise<void>;
    act(() => { first = result.current.reload(); });
    act(() => { second = result.current.reload(); });
    expect(result.current.data).toBe(1); // still shown while the answers are on their way
    await act(async () => { answers[2].resolve(3); await second; });
    await act(async () => { answers[1].resolve(2); await first; }); // the older reload answers last
    expect(result.current.data).toBe(3);
  });

  it("lets a view replace what is shown after a save", async () => {
    const { result } = renderHook(() => useLoad(() => Promise.resolve(["a"]), []));
    await waitFor(() => expect(result.current.data).toEqual(["a"]));
    act(() => result.current.setData((d) => [...(d ?? []), "b"]));
    expect(result.current.data).toEqual(["a", "b"]);
  });
});
