package org.attributionlens.internal.ide;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.attributionlens.editor.HeatmapEditor;
import org.attributionlens.model.AttributionMatrix;
import org.attributionlens.model.stats.AttributionStatistics;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;

/**
 * What the {@code attributionlens} launcher asks of a starting IDE, through system
 * properties (absent in a normal Eclipse, where this does nothing):
 * <ul>
 * <li>{@code attributionlens.projects}: folders in the workspace root to make
 * into projects (the samples), so they show in the Project Explorer;</li>
 * <li>{@code attributionlens.open}: files to open in the heatmap editor,
 * separated by the path separator; files inside a workspace project open as
 * workspace files, others as external files;</li>
 * <li>{@code attributionlens.report}: after opening, write what each editor shows
 * and which book of ours Help Contents lists to this file, and close the workbench
 * (the end-to-end install test).</li>
 * </ul>
 * Such an IDE also takes {@link OpenRequests}: files that a second launch on the same workspace
 * asks it to open.
 */
public final class LaunchRequests implements IStartup {
	static final String PROJECTS = "attributionlens.projects"; //$NON-NLS-1$
	static final String OPEN = "attributionlens.open"; //$NON-NLS-1$
	static final String REPORT = "attributionlens.report"; //$NON-NLS-1$

	private static final ILog LOG = ILog.of(LaunchRequests.class);

	@Override
	public void earlyStartup() {
		String projects = System.getProperty(PROJECTS);
		String open = System.getProperty(OPEN);
		String report = System.getProperty(REPORT);
		if (projects == null && open == null) {
			return;
		}
		try {
			createProjects(projects);
		} catch (CoreException e) {
			LOG.log(e.getStatus());
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		watchOpenRequests(workbench);
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
			arrange(page);
			List<IEditorPart> editors = openAll(page, paths(open));
			if (report != null) {
				waitForLoads(workbench.getDisplay());
				writeReport(Path.of(report), editors);
				workbench.close();
			}
		});
	}

	/** Editors read their files in the background; the report describes what they show once read. */
	private static void waitForLoads(Display display) {
		while (Job.getJobManager().find(HeatmapEditor.READ_JOB_FAMILY).length > 0) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// let the editors apply what they read
		}
	}

	private static void createProjects(String names) throws CoreException {
		if (names == null || names.isBlank()) {
			return;
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		for (String name : names.split(",")) { //$NON-NLS-1$
			IProject project = root.getProject(name.trim());
			if (!project.exists()) {
				project.create(null);
			}
			project.open(null);
			// attribution files are JSON, which is UTF-8 by definition
			if (project.getDefaultCharset(false) == null) {
				project.setDefaultCharset(StandardCharsets.UTF_8.name(), null);
			}
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
		}
	}

	private static void watchOpenRequests(IWorkbench workbench) {
		Path directory = Platform.getStateLocation(FrameworkUtil.getBundle(LaunchRequests.class)).toPath()
				.resolve(OpenRequests.DIRECTORY);
		try {
			OpenRequests requests = OpenRequests.watch(directory, opener(workbench));
			workbench.addWorkbenchListener(new IWorkbenchListener() {
				@Override
				public boolean preShutdown(IWorkbench closing, boolean forced) {
					return true;
				}

				@Override
				public void postShutdown(IWorkbench closed) {
					requests.close();
				}
			});
		} catch (IOException e) {
			LOG.error("Cannot watch " + directory + " for files to open", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * What an open request does in this workbench: open the files in the active page and bring
	 * its window to the front, where the user who asked is looking for them.
	 */
	public static Consumer<List<Path>> opener(IWorkbench workbench) {
		return files -> workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			if (window == null || window.getActivePage() == null) {
				LOG.warn("No workbench window to open " + files + " in"); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			openAll(window.getActivePage(), files);
			Shell shell = window.getShell();
			shell.setMinimized(false);
			shell.forceActive();
		});
	}

	private static List<Path> paths(String files) {
		List<Path> paths = new ArrayList<>();
		if (files != null) {
			for (String name : files.split(File.pathSeparator)) {
				if (!name.isBlank()) {
					paths.add(Path.of(name));
				}
			}
		}
		return paths;
	}

	/** The views a user of the launcher sees around the heatmap. */
	private static void arrange(IWorkbenchPage page) {
		// the launcher may run without a window manager (Xvfb): use the whole screen
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		try {
			page.showView(IPageLayout.ID_PROJECT_EXPLORER);
			page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			// last, so that it is the visible tab of its stack
			page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			LOG.log(e.getStatus());
		}
	}

	private static List<IEditorPart> openAll(IWorkbenchPage page, List<Path> files) {
		List<IEditorPart> editors = new ArrayList<>();
		for (Path file : files) {
			try {
				editors.add(open(page, file.toAbsolutePath().normalize()));
			} catch (PartInitException e) {
				LOG.log(e.getStatus());
			}
		}
		return editors;
	}

	private static IEditorPart open(IWorkbenchPage page, Path path) throws PartInitException {
		IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(path.toUri());
		for (IFile file : inWorkspace) {
			if (file.getProject().isOpen()) {
				try {
					file.refreshLocal(IResource.DEPTH_ZERO, null);
				} catch (CoreException e) {
					LOG.log(e.getStatus());
				}
				IEditorPart editor = IDE.openEditor(page, file, HeatmapEditor.ID, true);
				LOG.info("Attribution Lens opened " + file.getFullPath() + " in " + editor.getClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
				return editor;
			}
		}
		IEditorPart editor = IDE.openEditor(page, EFS.getLocalFileSystem().getStore(IPath.fromPath(path)).toURI(),
				HeatmapEditor.ID, true);
		LOG.info("Attribution Lens opened " + path + " in " + editor.getClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
		return editor;
	}

	/** One line per editor: enough for the install test to check what the user would see. */
	private static void writeReport(Path report, List<IEditorPart> editors) {
		StringBuilder text = new StringBuilder();
		for (IEditorPart part : editors) {
			text.append("editor=").append(part.getClass().getName()); //$NON-NLS-1$
			text.append(" title=").append(part.getTitle()); //$NON-NLS-1$
			if (part instanceof HeatmapEditor heatmap) {
				AttributionMatrix matrix = heatmap.getMatrix();
				if (matrix != null) {
					AttributionStatistics stats = matrix.statistics();
					text.append(" rows=").append(matrix.rows()).append(" columns=").append(matrix.columns()); //$NON-NLS-1$ //$NON-NLS-2$
					stats.max().ifPresent(max -> text.append(String.format(Locale.ROOT, " max=%.4f@%d,%d", //$NON-NLS-1$
							max.value(), max.row(), max.column())));
					text.append(" painted=").append(heatmap.showsHeatmap()); //$NON-NLS-1$
				} else {
					text.append(" problem=").append(heatmap.getProblem()); //$NON-NLS-1$
				}
			}
			text.append('\n');
		}
		// the user guide as Help > Help Contents lists it: installed from the site and registered
		for (IToc toc : HelpSystem.getTocs()) {
			if (toc.getHref().startsWith("/org.attributionlens.help/")) { //$NON-NLS-1$
				text.append("help=").append(toc.getLabel()).append(" topics=").append(toc.getTopics().length) //$NON-NLS-1$ //$NON-NLS-2$
						.append('\n');
			}
		}
		try {
			Files.writeString(report, text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			LOG.error("Cannot write " + report, e); //$NON-NLS-1$
		}
	}
}
