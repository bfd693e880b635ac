package org.attributionlens.editor.tests;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** Runs commands as the menus, tool bar and key bindings do: through the handler service. */
final class Commands {
	private Commands() {
	}

	/** Executes the command with its parameters, then lets the UI and jobs finish. */
	static void execute(String commandId, Map<String, String> parameters) throws Exception {
		ParameterizedCommand command = ParameterizedCommand.generateCommand(command(commandId), parameters);
		handlers().executeCommand(command, null);
		WorkbenchFixture.drain();
	}

	/** Whether the command is enabled now, evaluated as a menu about to show would. */
	static boolean isEnabled(String commandId) {
		Command command = command(commandId);
		command.setEnabled(handlers().getCurrentState());
		return command.isEnabled();
	}

	private static Command command(String commandId) {
		return PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
	}

	private static IHandlerService handlers() {
		return PlatformUI.getWorkbench().getService(IHandlerService.class);
	}
}
