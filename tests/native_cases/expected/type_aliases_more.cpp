#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Body_f6f106c4
{
    wp::vec_t<6, wp::float32> twist;
    wp::mat_t<3, 2, wp::float32> frame;
    wp::vec_t<3, bool> flags;


    Body_f6f106c4() = default;
    CUDA_CALLABLE Body_f6f106c4(wp::vec_t<6, wp::float32> const& twist,
    wp::mat_t<3, 2, wp::float32> const& frame = {},
    wp::vec_t<3, bool> const& flags = {})
        : twist{twist}
        , frame{frame}
        , flags{flags}

    {
    }

    CUDA_CALLABLE Body_f6f106c4& operator += (const Body_f6f106c4& rhs)
    {    twist += rhs.twist;
    frame += rhs.frame;

        return *this;}

};

static CUDA_CALLABLE void adj_Body_f6f106c4(wp::vec_t<6, wp::float32> const&,
    wp::mat_t<3, 2, wp::float32> const&,
    wp::vec_t<3, bool> const&,
    wp::vec_t<6, wp::float32> & adj_twist,
    wp::mat_t<3, 2, wp::float32> & adj_frame,
    wp::vec_t<3, bool> & adj_flags,
    Body_f6f106c4 & adj_ret)
{
    adj_twist += adj_ret.twist;
    adj_frame += adj_ret.frame;
    adj_flags += adj_ret.flags;
}

// Required when compiling adjoints.
CUDA_CALLABLE Body_f6f106c4 add(const Body_f6f106c4& a, const Body_f6f106c4& b)
{
    return Body_f6f106c4();
}

CUDA_CALLABLE void adj_atomic_add(Body_f6f106c4* p, Body_f6f106c4 t)
{
    wp::adj_atomic_add(&p->twist, t.twist);
    wp::adj_atomic_add(&p->frame, t.frame);
    wp::adj_atomic_add(&p->flags, t.flags);
}




// warpsynth/type_aliases_more.py:21
static wp::mat_t<3, 2, wp::float32> make_0(
    wp::float32 var_a)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 1.0;
    wp::mat_t<3, 2, wp::float32> var_4;
    //---------
    // forward
    // def make(a: float) -> mat32:                                                           <L 22>
    // return mat32(a, 0.0, 0.0, a, 1.0, 1.0)                                                 <L 23>
    var_4 = wp::mat_t<3, 2, wp::float32>({var_a, var_0, var_1, var_a, var_2, var_3});
    return var_4;
}


// warpsynth/type_aliases_more.py:21
static void adj_make_0(
    wp::float32 var_a,
    wp::float32 & adj_a,
    wp::mat_t<3, 2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 1.0;
    wp::mat_t<3, 2, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::mat_t<3, 2, wp::float32> adj_4 = {};
    //---------
    // forward
    // def make(a: float) -> mat32:                                                           <L 22>
    // return mat32(a, 0.0, 0.0, a, 1.0, 1.0)                                                 <L 23>
    var_4 = wp::mat_t<3, 2, wp::float32>({var_a, var_0, var_1, var_a, var_2, var_3});
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_mat_t({var_a, var_0, var_1, var_a, var_2, var_3}, {&adj_a, &adj_0, &adj_1, &adj_a, &adj_2, &adj_3}, adj_4);
    // adj: return mat32(a, 0.0, 0.0, a, 1.0, 1.0)                                            <L 23>
    // adj: def make(a: float) -> mat32:                                                      <L 22>
    return;
}

struct wp_args_k_same_shape_8959c517 {
    wp::array_t<wp::vec_t<3, wp::float64>> a;
    wp::array_t<wp::mat_t<4, 4, wp::float16>> h;
};


template <bool wp_linear_contiguous>
static void k_same_shape_8959c517_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_same_shape_8959c517 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<4, 4, wp::float16>> var_h = _wp_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float64> var_4;
    const wp::float64 var_5 = 1.0;
    const wp::float64 var_6 = 2.0;
    const wp::float64 var_7 = 3.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 2.0;
    const wp::float32 var_10 = 3.0;
    wp::vec_t<3, wp::float64> var_11;
    const wp::float64 var_12 = 1.0;
    const wp::float64 var_13 = 2.0;
    const wp::float64 var_14 = 3.0;
    wp::vec_t<3, wp::float64> var_15;
    wp::mat_t<4, 4, wp::float16> var_16;
    //---------
    // forward
    // def k_same_shape(a: wp.array(dtype=vec3d), h: wp.array(dtype=mat44h)):                 <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // a[i] = vec3d(1.0, 2.0, 3.0) + wp.vec3d(1.0, 2.0, 3.0)                                  <L 47>
    var_4 = wp::vec_t<3, wp::float64>(var_5, var_6, var_7);
    var_11 = wp::vec_t<3, wp::float64>(var_12, var_13, var_14);
    var_15 = wp::add(var_4, var_11);
    wp::array_store(var_a, var_0, var_15);
    // h[i] = mat44h()                                                                        <L 48>
    var_16 = wp::mat_t<4, 4, wp::float16>();
    wp::array_store(var_h, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void k_same_shape_8959c517_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_same_shape_8959c517 *_wp_args,
    wp_args_k_same_shape_8959c517 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float64>> var_a = _wp_args->a;
    wp::array_t<wp::mat_t<4, 4, wp::float16>> var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::float64>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::mat_t<4, 4, wp::float16>> adj_h = _wp_adj_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.0;
    wp::vec_t<3, wp::float64> var_4;
    const wp::float64 var_5 = 1.0;
    const wp::float64 var_6 = 2.0;
    const wp::float64 var_7 = 3.0;
    const wp::float32 var_8 = 1.0;
    const wp::float32 var_9 = 2.0;
    const wp::float32 var_10 = 3.0;
    wp::vec_t<3, wp::float64> var_11;
    const wp::float64 var_12 = 1.0;
    const wp::float64 var_13 = 2.0;
    const wp::float64 var_14 = 3.0;
    wp::vec_t<3, wp::float64> var_15;
    wp::mat_t<4, 4, wp::float16> var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float64> adj_4 = {};
    wp::float64 adj_5 = {};
    wp::float64 adj_6 = {};
    wp::float64 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float64> adj_11 = {};
    wp::float64 adj_12 = {};
    wp::float64 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::vec_t<3, wp::float64> adj_15 = {};
    wp::mat_t<4, 4, wp::float16> adj_16 = {};
    //---------
    // forward
    // def k_same_shape(a: wp.array(dtype=vec3d), h: wp.array(dtype=mat44h)):                 <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // a[i] = vec3d(1.0, 2.0, 3.0) + wp.vec3d(1.0, 2.0, 3.0)                                  <L 47>
    var_4 = wp::vec_t<3, wp::float64>(var_5, var_6, var_7);
    var_11 = wp::vec_t<3, wp::float64>(var_12, var_13, var_14);
    var_15 = wp::add(var_4, var_11);
    // wp::array_store(var_a, var_0, var_15);
    // h[i] = mat44h()                                                                        <L 48>
    var_16 = wp::mat_t<4, 4, wp::float16>();
    // wp::array_store(var_h, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_h, var_0, var_16, adj_h, adj_0, adj_16);
    // adj: h[i] = mat44h()                                                                   <L 48>
    wp::adj_array_store(var_a, var_0, var_15, adj_a, adj_0, adj_15);
    wp::adj_add(var_4, var_11, adj_4, adj_11, adj_15);
    wp::adj_vec_t(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_11);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_4);
    // adj: a[i] = vec3d(1.0, 2.0, 3.0) + wp.vec3d(1.0, 2.0, 3.0)                             <L 47>
    // adj: i = wp.tid()                                                                      <L 46>
    // adj: def k_same_shape(a: wp.array(dtype=vec3d), h: wp.array(dtype=mat44h)):            <L 45>
    return;
}



struct k_same_shape_8959c517_cpu_block_payload_forward
{
    wp_args_k_same_shape_8959c517* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_same_shape_8959c517_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_same_shape_8959c517_cpu_block_payload_forward* payload = (k_same_shape_8959c517_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_same_shape_8959c517_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_same_shape_8959c517_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_same_shape_8959c517 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_same_shape_8959c517_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_same_shape_8959c517_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_same_shape_8959c517_cpu_block_payload_backward
{
    wp_args_k_same_shape_8959c517* args;
    wp_args_k_same_shape_8959c517* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_same_shape_8959c517_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_same_shape_8959c517_cpu_block_payload_backward* payload = (k_same_shape_8959c517_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_same_shape_8959c517_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_same_shape_8959c517_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_same_shape_8959c517 *_wp_args,
    wp_args_k_same_shape_8959c517 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_same_shape_8959c517_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_same_shape_8959c517_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k_bool_a90cbe32 {
    wp::array_t<wp::vec_t<3, bool>> flags;
    wp::array_t<wp::vec_t<4, wp::int32>> counts;
};


template <bool wp_linear_contiguous>
static void k_bool_a90cbe32_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_bool_a90cbe32 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, bool>> var_flags = _wp_args->flags;
    wp::array_t<wp::vec_t<4, wp::int32>> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, bool>* var_1;
    wp::vec_t<3, bool> var_2;
    wp::vec_t<3, bool> var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 2;
    const wp::int32 var_8 = 3;
    const wp::int32 var_9 = 4;
    wp::vec_t<4, wp::int32> var_10;
    wp::vec_t<4, wp::int32>* var_11;
    wp::vec_t<4, wp::int32> var_12;
    wp::vec_t<4, wp::int32> var_13;
    wp::vec_t<4, wp::int32> var_14;
    //---------
    // forward
    // def k_bool(flags: wp.array(dtype=vec3bool), counts: wp.array(dtype=vec4i)):            <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // f = flags[i]                                                                           <L 29>
    var_1 = wp::address(var_flags, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if f[0]:                                                                               <L 30>
    var_5 = wp::extract(var_2, var_4);
    if (var_5) {
        // counts[i] = vec4i(1, 2, 3, 4)                                                      <L 31>
        var_10 = wp::vec_t<4, wp::int32>(var_6, var_7, var_8, var_9);
        wp::array_store(var_counts, var_0, var_10);
    }
    // counts[i] = counts[i] + vec4i(i)                                                       <L 32>
    var_11 = wp::address(var_counts, var_0);
    var_12 = wp::vec_t<4, wp::int32>(var_0);
    var_14 = wp::load(var_11);
    var_13 = wp::add(var_14, var_12);
    wp::array_store(var_counts, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void k_bool_a90cbe32_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_bool_a90cbe32 *_wp_args,
    wp_args_k_bool_a90cbe32 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, bool>> var_flags = _wp_args->flags;
    wp::array_t<wp::vec_t<4, wp::int32>> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, bool>> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, bool>* var_1;
    wp::vec_t<3, bool> var_2;
    wp::vec_t<3, bool> var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    const wp::int32 var_6 = 1;
    const wp::int32 var_7 = 2;
    const wp::int32 var_8 = 3;
    const wp::int32 var_9 = 4;
    wp::vec_t<4, wp::int32> var_10;
    wp::vec_t<4, wp::int32>* var_11;
    wp::vec_t<4, wp::int32> var_12;
    wp::vec_t<4, wp::int32> var_13;
    wp::vec_t<4, wp::int32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, bool> adj_1 = {};
    wp::vec_t<3, bool> adj_2 = {};
    wp::vec_t<3, bool> adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<4, wp::int32> adj_10 = {};
    wp::vec_t<4, wp::int32> adj_11 = {};
    wp::vec_t<4, wp::int32> adj_12 = {};
    wp::vec_t<4, wp::int32> adj_13 = {};
    wp::vec_t<4, wp::int32> adj_14 = {};
    //---------
    // forward
    // def k_bool(flags: wp.array(dtype=vec3bool), counts: wp.array(dtype=vec4i)):            <L 27>
    // i = wp.tid()                                                                           <L 28>
    var_0 = builtin_tid1d();
    // f = flags[i]                                                                           <L 29>
    var_1 = wp::address(var_flags, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if f[0]:                                                                               <L 30>
    var_5 = wp::extract(var_2, var_4);
    if (var_5) {
        // counts[i] = vec4i(1, 2, 3, 4)                                                      <L 31>
        var_10 = wp::vec_t<4, wp::int32>(var_6, var_7, var_8, var_9);
        // wp::array_store(var_counts, var_0, var_10);
    }
    // counts[i] = counts[i] + vec4i(i)                                                       <L 32>
    var_11 = wp::address(var_counts, var_0);
    var_12 = wp::vec_t<4, wp::int32>(var_0);
    var_14 = wp::load(var_11);
    var_13 = wp::add(var_14, var_12);
    // wp::array_store(var_counts, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_13, adj_counts, adj_0, adj_13);
    wp::adj_add(var_14, var_12, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_0, adj_0, adj_12);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_11);
    // adj: counts[i] = counts[i] + vec4i(i)                                                  <L 32>
    if (var_5) {
        wp::adj_array_store(var_counts, var_0, var_10, adj_counts, adj_0, adj_10);
        wp::adj_vec_t(var_6, var_7, var_8, var_9, adj_6, adj_7, adj_8, adj_9, adj_10);
        // adj: counts[i] = vec4i(1, 2, 3, 4)                                                 <L 31>
    }
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: if f[0]:                                                                          <L 30>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: f = flags[i]                                                                      <L 29>
    // adj: i = wp.tid()                                                                      <L 28>
    // adj: def k_bool(flags: wp.array(dtype=vec3bool), counts: wp.array(dtype=vec4i)):       <L 27>
    return;
}



struct k_bool_a90cbe32_cpu_block_payload_forward
{
    wp_args_k_bool_a90cbe32* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_bool_a90cbe32_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_bool_a90cbe32_cpu_block_payload_forward* payload = (k_bool_a90cbe32_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_bool_a90cbe32_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_bool_a90cbe32_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_bool_a90cbe32 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_bool_a90cbe32_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_bool_a90cbe32_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_bool_a90cbe32_cpu_block_payload_backward
{
    wp_args_k_bool_a90cbe32* args;
    wp_args_k_bool_a90cbe32* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_bool_a90cbe32_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_bool_a90cbe32_cpu_block_payload_backward* payload = (k_bool_a90cbe32_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_bool_a90cbe32_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_bool_a90cbe32_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_bool_a90cbe32 *_wp_args,
    wp_args_k_bool_a90cbe32 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_bool_a90cbe32_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_bool_a90cbe32_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k_struct_b39026dc {
    wp::array_t<Body_f6f106c4> bodies;
    wp::array_t<wp::vec_t<6, wp::float32>> out;
    wp::transform_t<wp::float32> t;
};


template <bool wp_linear_contiguous>
static void k_struct_b39026dc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_struct_b39026dc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Body_f6f106c4> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<6, wp::float32>> var_out = _wp_args->out;
    wp::transform_t<wp::float32> var_t = _wp_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    Body_f6f106c4* var_1;
    Body_f6f106c4 var_2;
    Body_f6f106c4 var_3;
    wp::vec_t<6, wp::float32>* var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.0;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 4.0;
    const wp::float32 var_9 = 5.0;
    const wp::float32 var_10 = 6.0;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::vec_t<6, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    const wp::float32 var_16 = 3.0;
    const wp::float32 var_17 = 4.0;
    const wp::float32 var_18 = 5.0;
    const wp::float32 var_19 = 6.0;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<6, wp::float32> var_21;
    const wp::float32 var_22 = 2.0;
    wp::mat_t<3, 2, wp::float32> var_23;
    wp::mat_t<3, 2, wp::float32>* var_24;
    wp::mat_t<3, 2, wp::float32> var_25;
    wp::mat_t<3, 2, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<6, wp::float32>* var_34;
    const wp::int32 var_35 = 0;
    //---------
    // forward
    // def k_struct(bodies: wp.array(dtype=Body), out: wp.array(dtype=SV), t: T):             <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 38>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = b.twist + SV(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) + wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)       <L 39>
    var_4 = &((var_2).twist);
    var_11 = wp::vec_t<6, wp::float32>({var_5, var_6, var_7, var_8, var_9, var_10});
    var_13 = wp::load(var_4);
    var_12 = wp::add(var_13, var_11);
    var_20 = wp::vec_t<6, wp::float32>({var_14, var_15, var_16, var_17, var_18, var_19});
    var_21 = wp::add(var_12, var_20);
    wp::array_store(var_out, var_0, var_21);
    // m = make(2.0) + b.frame                                                                <L 40>
    var_23 = make_0(var_22);
    var_24 = &((var_2).frame);
    var_26 = wp::load(var_24);
    var_25 = wp::add(var_23, var_26);
    // out[i][0] = m[0, 0] + wp.transform_get_translation(t)[0]                               <L 41>
    var_29 = wp::extract(var_25, var_27, var_28);
    var_30 = wp::transform_get_translation(var_t);
    var_32 = wp::extract(var_30, var_31);
    var_33 = wp::add(var_29, var_32);
    var_34 = &(wp::index(var_out, var_0));
    wp::store(&(wp::index(var_out, var_0).component_ref(var_35)), var_33);
}



template <bool wp_linear_contiguous>
static void k_struct_b39026dc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_struct_b39026dc *_wp_args,
    wp_args_k_struct_b39026dc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<Body_f6f106c4> var_bodies = _wp_args->bodies;
    wp::array_t<wp::vec_t<6, wp::float32>> var_out = _wp_args->out;
    wp::transform_t<wp::float32> var_t = _wp_args->t;
    wp::array_t<Body_f6f106c4> adj_bodies = _wp_adj_args->bodies;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_out = _wp_adj_args->out;
    wp::transform_t<wp::float32> adj_t = _wp_adj_args->t;
    //---------
    // primal vars
    wp::int32 var_0;
    Body_f6f106c4* var_1;
    Body_f6f106c4 var_2;
    Body_f6f106c4 var_3;
    wp::vec_t<6, wp::float32>* var_4;
    const wp::float32 var_5 = 1.0;
    const wp::float32 var_6 = 2.0;
    const wp::float32 var_7 = 3.0;
    const wp::float32 var_8 = 4.0;
    const wp::float32 var_9 = 5.0;
    const wp::float32 var_10 = 6.0;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::vec_t<6, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    const wp::float32 var_16 = 3.0;
    const wp::float32 var_17 = 4.0;
    const wp::float32 var_18 = 5.0;
    const wp::float32 var_19 = 6.0;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<6, wp::float32> var_21;
    const wp::float32 var_22 = 2.0;
    wp::mat_t<3, 2, wp::float32> var_23;
    wp::mat_t<3, 2, wp::float32>* var_24;
    wp::mat_t<3, 2, wp::float32> var_25;
    wp::mat_t<3, 2, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32> var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::vec_t<6, wp::float32>* var_34;
    const wp::int32 var_35 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    Body_f6f106c4 adj_1 = {};
    Body_f6f106c4 adj_2 = {};
    Body_f6f106c4 adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    wp::vec_t<6, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<6, wp::float32> adj_20 = {};
    wp::vec_t<6, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::mat_t<3, 2, wp::float32> adj_23 = {};
    wp::mat_t<3, 2, wp::float32> adj_24 = {};
    wp::mat_t<3, 2, wp::float32> adj_25 = {};
    wp::mat_t<3, 2, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<6, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    //---------
    // forward
    // def k_struct(bodies: wp.array(dtype=Body), out: wp.array(dtype=SV), t: T):             <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // b = bodies[i]                                                                          <L 38>
    var_1 = wp::address(var_bodies, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // out[i] = b.twist + SV(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) + wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)       <L 39>
    var_4 = &((var_2).twist);
    var_11 = wp::vec_t<6, wp::float32>({var_5, var_6, var_7, var_8, var_9, var_10});
    var_13 = wp::load(var_4);
    var_12 = wp::add(var_13, var_11);
    var_20 = wp::vec_t<6, wp::float32>({var_14, var_15, var_16, var_17, var_18, var_19});
    var_21 = wp::add(var_12, var_20);
    // wp::array_store(var_out, var_0, var_21);
    // m = make(2.0) + b.frame                                                                <L 40>
    var_23 = make_0(var_22);
    var_24 = &((var_2).frame);
    var_26 = wp::load(var_24);
    var_25 = wp::add(var_23, var_26);
    // out[i][0] = m[0, 0] + wp.transform_get_translation(t)[0]                               <L 41>
    var_29 = wp::extract(var_25, var_27, var_28);
    var_30 = wp::transform_get_translation(var_t);
    var_32 = wp::extract(var_30, var_31);
    var_33 = wp::add(var_29, var_32);
    var_34 = &(wp::index(var_out, var_0));
    // wp::store(&(wp::index(var_out, var_0).component_ref(var_35)), var_33);
    //---------
    // reverse
    wp::adj_array_store_slot(var_out, adj_out, adj_33, [&](auto& _e) -> auto& { return _e.component_ref(var_35); }, var_0);
    wp::adj_add(var_29, var_32, adj_29, adj_32, adj_33);
    wp::adj_extract(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_transform_get_translation(var_t, adj_t, adj_30);
    wp::adj_extract(var_25, var_27, var_28, adj_25, adj_27, adj_28, adj_29);
    // adj: out[i][0] = m[0, 0] + wp.transform_get_translation(t)[0]                          <L 41>
    wp::adj_add(var_23, var_26, adj_23, adj_24, adj_25);
    adj_2.frame += adj_24;
    adj_make_0(var_22, adj_22, adj_23);
    // adj: m = make(2.0) + b.frame                                                           <L 40>
    wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
    wp::adj_add(var_12, var_20, adj_12, adj_20, adj_21);
    wp::adj_vec_t({var_14, var_15, var_16, var_17, var_18, var_19}, {&adj_14, &adj_15, &adj_16, &adj_17, &adj_18, &adj_19}, adj_20);
    wp::adj_add(var_13, var_11, adj_4, adj_11, adj_12);
    wp::adj_vec_t({var_5, var_6, var_7, var_8, var_9, var_10}, {&adj_5, &adj_6, &adj_7, &adj_8, &adj_9, &adj_10}, adj_11);
    adj_2.twist += adj_4;
    // adj: out[i] = b.twist + SV(1.0, 2.0, 3.0, 4.0, 5.0, 6.0) + wp.spatial_vector(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)  <L 39>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bodies, var_0, adj_bodies, adj_0, adj_1);
    // adj: b = bodies[i]                                                                     <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def k_struct(bodies: wp.array(dtype=Body), out: wp.array(dtype=SV), t: T):        <L 36>
    return;
}



struct k_struct_b39026dc_cpu_block_payload_forward
{
    wp_args_k_struct_b39026dc* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_struct_b39026dc_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_struct_b39026dc_cpu_block_payload_forward* payload = (k_struct_b39026dc_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_struct_b39026dc_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_struct_b39026dc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_struct_b39026dc *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_struct_b39026dc_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_struct_b39026dc_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_struct_b39026dc_cpu_block_payload_backward
{
    wp_args_k_struct_b39026dc* args;
    wp_args_k_struct_b39026dc* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_struct_b39026dc_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_struct_b39026dc_cpu_block_payload_backward* payload = (k_struct_b39026dc_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_struct_b39026dc_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_struct_b39026dc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_struct_b39026dc *_wp_args,
    wp_args_k_struct_b39026dc *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_struct_b39026dc_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_struct_b39026dc_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

