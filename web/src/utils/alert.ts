import { i18n } from '@/i18n'

let audio: AudioContext | undefined

/**
 * A short two-tone chime for a new alarm, made with Web Audio so no sound file is shipped. Browsers allow it only
 * after the user has interacted with the page, which an officer at work has; otherwise it stays silent.
 */
export function chime(): void {
  try {
    audio ??= new AudioContext()
    const start = audio.currentTime
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 660],
    ] as const) {
      const tone = audio.createOscillator()
      const gain = audio.createGain()
      tone.frequency.value = frequency
      gain.gain.setValueAtTime(0.25, start + offset)
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.16)
      tone.connect(gain).connect(audio.destination)
      tone.start(start + offset)
      tone.stop(start + offset + 0.17)
    }
  } catch {
    // No audio device or not allowed yet: the row and the desktop notification still show the alarm.
  }
}

export function desktopNotificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window
}

/** Shows a desktop notification when the user allowed them; clicking it focuses the tab and runs `open`. */
export function desktopNotify(title: string, body: string, open: () => void): void {
  if (!desktopNotificationsSupported() || Notification.permission !== 'granted') return
  const notification = new Notification(title, { body, tag: `zhian-${title}-${body}`, lang: i18n.global.locale.value })
  notification.onclick = () => {
    window.focus()
    open()
    notification.close()
  }
}
