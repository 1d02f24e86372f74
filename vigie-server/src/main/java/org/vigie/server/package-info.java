/**
 * Vigie's HTTP adapter over the application ({@link org.vigie.app.Vigie}): the JSON API and the server-rendered web
 * UI ({@link org.vigie.server.VigieServer}), each mapping the application's records to its own shapes and escaping
 * for its own medium. {@link org.vigie.server.JavalinLauncher} is how the CLI finds it.
 */
@NullMarked
package org.vigie.server;

import org.jspecify.annotations.NullMarked;
