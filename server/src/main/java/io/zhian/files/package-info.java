/**
 * Stored files: document photos, face photos and staff photos, with their size and content-type rules.
 * A file belongs to a venue; who may read it follows the venue's data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package io.zhian.files;
