import { useSyncExternalStore } from "react";

/**
 * The end-of-timer sound: a short three-note chime made with WebAudio (no audio file to load),
 * and each person's choice to mute it, kept in this browser.
 */
const STORAGE_KEY = "tavolo.timerSound";
const listeners = new Set<() => void>();

function readSoundOn(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== "off";
  } catch {
    return true;
  }
}

export function setTimerSoundOn(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
  } catch {
    // Storage refused (private mode): the choice holds until the page is closed.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTimerSoundOn(): boolean {
  return useSyncExternalStore(subscribe, readSoundOn);
}

/** Plays the chime (about one second). Silent where the browser has no WebAudio or blocks it. */
export function playTimerEnd(): void {
  if (typeof AudioContext === "undefined") return;
  const audio = new AudioContext();
  const start = audio.currentTime + 0.05;
  [660, 880, 1100].forEach((frequency, index) => {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    const at = start + index * 0.28;
    oscillator.type = "sine";
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.26);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.3);
  });
  audio.resume().catch(() => undefined);
  setTimeout(() => audio.close().catch(() => undefined), 1500);
}
