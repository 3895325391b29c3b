package io.zhian.supervision.panic;

/**
 * What the portal sends when the panic button is pressed.
 *
 * @param note what is happening, optional (up to 500 characters)
 * @param reference the page's id for this press, so that a retry raises nothing twice; optional
 * @param latitude where the device is, when the browser can tell (WGS 84); optional, with {@code longitude}
 */
public record PanicRequest(String note, String reference, Double latitude, Double longitude) {
}
