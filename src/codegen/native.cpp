#include "codegen/native.h"

#include <algorithm>

#include "codegen/adjoint.h"
#include "codegen/emit.h"
#include "codegen/hasher.h"
#include "codegen/kernel_overloads.h"
#include "codegen/module_env.h"
#include "frontend/parser.h"
#include "frontend/tokenizer.h"
#include "frontend/unsupported.h"

namespace ws::codegen {
namespace {

NativeResult failure(std::string_view path, DiagnosticKind kind, int line, int col, std::string message) {
  NativeResult r;
  r.diagnostic.file = std::string(path);
  r.diagnostic.line = line;
  r.diagnostic.col = col;
  r.diagnostic.kind = kind;
  r.diagnostic.message = std::move(message);
  return r;
}

}  // namespace

NativeResult compile(std::string_view python_source, std::string_view path, const std::vector<Device>& devices,
                     std::vector<frontend::Token>* tokens, const ImportSearch* imports) {
  try {
    frontend::Module module = tokens ? frontend::parse(std::move(*tokens)) : frontend::parse(python_source);
    ModuleEnv env = build_module_env(module, python_source, path, imports);

    Hasher hasher(env);
    struct Root {
      Digest digest;
      FuncInfo* info;
      const std::vector<types::Type>* overload;  // a generic kernel's instance; null otherwise
      std::string mangled;
    };
    std::vector<Root> kernels;
    for (auto& f : env.functions) {
      if (!f->is_kernel) continue;
      // ModuleHasher: a generic kernel is hashed (and built) through its instances (Kernel.overloads),
      // none if it has none
      if (is_generic_kernel(env, *f) && !f->kernel_options.other_module) {
        for (const auto& o : f->overloads) kernels.push_back({hasher.hash_kernel(*f, o), f.get(), &o, {}});
        continue;
      }
      // A kernel of another module is not built here, but Warp hashes it when it is decorated
      // (Module.get_module_hash): the references that hashing resolves must resolve.
      Digest digest = hasher.hash_kernel(*f);
      if (!f->kernel_options.other_module) kernels.push_back({digest, f.get(), nullptr, {}});
    }
    // The reference worker's rule: a module without kernels is an error.
    if (kernels.empty()) return failure(path, DiagnosticKind::Error, 0, 0, "no @wp.kernel found");
    // ModuleHasher.unique_kernels is sorted by digest; that order drives codegen.
    std::sort(kernels.begin(), kernels.end(), [](const Root& a, const Root& b) { return a.digest < b.digest; });

    NativeResult result;
    for (Root& k : kernels) {
      k.mangled = k.info->key + "_" + hex(k.digest, 4);
      // Same as the reference worker: code.co_firstlineno, the line of the first decorator.
      result.ir.kernels.push_back({k.info->key, k.mangled, k.info->fun_lineno});
    }
    // ModuleBuilder builds the module once per device; one build serves every device unless a builtin
    // dispatches on the device (ModuleBuild::PerDevice), then each device is built on its own.
    auto build_for = [&](std::optional<Device> device, const std::vector<Device>& targets) {
      ModuleBuild build(env, device);
      std::vector<KernelBuild> built;
      for (const Root& k : kernels) {
        k.info->native = k.mangled;  // a generic kernel's instances each build under their own name
        built.push_back({&build.kernel(*k.info, k.overload ? *k.overload : std::vector<types::Type>{}), k.mangled,
                         k.info->kernel_options.enable_backward.value_or(env.enable_backward),
                         // codegen.resolve_grid_stride
                         k.info->kernel_options.grid_stride.value_or(env.default_grid_stride),
                         &k.info->kernel_options});
      }
      std::vector<Adjoint*> backward_kernels;
      for (const KernelBuild& k : built) {
        if (k.enable_backward) backward_kernels.push_back(k.adj);
      }
      build.propagate_backward_use(backward_kernels);
      return emit_modules(build.structs(), build.functions(), built, build.lto_decls, std::string(path), targets);
    };
    std::vector<std::string> sources;
    try {
      sources = build_for(std::nullopt, devices);
    } catch (const ModuleBuild::PerDevice&) {
      sources.clear();
      for (const Device d : devices) sources.push_back(std::move(build_for(d, {d}).front()));
    }
    for (size_t i = 0; i < devices.size(); ++i) result.ir.devices.push_back({devices[i], std::move(sources[i])});
    result.ok = true;
    return result;
  } catch (const frontend::SyntaxError& e) {
    return failure(path, DiagnosticKind::Error, e.line(), e.col(), e.what());
  } catch (const frontend::Unsupported& e) {
    return failure(path, DiagnosticKind::Unsupported, e.line(), e.col(), e.what());
  } catch (const std::exception& e) {
    // Never guess: any internal inconsistency is a decline, not output.
    return failure(path, DiagnosticKind::Unsupported, 0, 0, std::string("internal: ") + e.what());
  }
}

}  // namespace ws::codegen
