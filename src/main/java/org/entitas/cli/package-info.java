/**
 * The {@code entitas} command line: one class per subcommand, {@link org.entitas.cli.Main} lists them; the mixins
 * {@code InputSelection} and {@code ModelOptions} hold the options every tagging command shares;
 * {@link org.entitas.cli.SparkJob} is the {@code spark-submit} entry point, with the same model options. The top layer:
 * it may use every package but the engine ({@code pipeline}, {@code model.compact}) and {@code internal}.
 */
package org.entitas.cli;
