/** The {@code entitas} command line: one class per subcommand, {@link org.entitas.cli.Main} lists them. */
package org.entitas.cli;
